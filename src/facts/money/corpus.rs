//! The money corpus: the specification of the money rules (reference date 2023-05-24 18:20).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Money,
        examples: vec![
            examples!(json!({"amount": 1500000000, "currency": "VND", "qualifier": "exact"}) =>
                "1,5 tỷ đồng", "1,5 tỉ đồng", "1.500.000.000 đồng", "1 tỷ 500 triệu đồng",
                "một tỷ rưỡi đồng", "1,5 tỷ VNĐ", "1,5 tỷ VND", "1 tỷ rưỡi đồng",
                "vay [1,5 tỷ đồng] để mua nhà"),
            examples!(json!({"amount": 1200000000, "currency": "VND"}) => "1 tỷ 200 triệu đồng"),
            examples!(json!({"amount": 200000000, "currency": "VND"}) =>
                "200 triệu đồng", "hai trăm triệu đồng", "200.000.000đ", "200 triệu VNĐ"),
            examples!(json!({"amount": 50000, "currency": "VND"}) =>
                "50 nghìn đồng", "50 ngàn đồng", "50.000 đồng", "50.000đ", "50.000 đ",
                "năm mươi nghìn đồng", "vé [50.000 đồng] một lượt"),
            examples!(json!({"amount": 100000, "currency": "VND"}) => "100.000đ", "100.000 vnđ"),
            examples!(json!({"amount": 10000000000_u64, "currency": "VND"}) => "10 tỷ VNĐ"),
            examples!(json!({"amount": 30000000000000_u64, "currency": "VND"}) =>
                "bơm [30.000 tỷ đồng] cho thị trường", "30 nghìn tỷ đồng"),
            examples!(json!({"amount": 5000, "currency": "USD"}) =>
                "5.000 USD", "5.000 usd", "5.000 đô la", "5.000 đôla", "5.000 đô la Mỹ",
                "$5.000", "5.000$", "US$ 5.000", "5 nghìn USD"),
            examples!(json!({"amount": 2000000, "currency": "USD"}) =>
                "2 triệu USD", "2 triệu đô", "hai triệu đô la"),
            examples!(json!({"amount": 1000000, "currency": "USD"}) =>
                "kiếm được [một triệu đô] mà"),
            examples!(json!({"amount": 5, "currency": "USD"}) => "$5", "5 USD", "giá [$5] một cốc"),
            examples!(json!({"amount": 2.99, "max": 9.99, "currency": "USD"}) =>
                "$2.99 - $9.99", "trong khoảng [$2.99 - $9.99], 35%"),
            examples!(json!({"amount": 9.99, "currency": "USD", "qualifier": "at_least"}) =>
                "từ $9.99 trở lên"),
            examples!(json!({"amount": 9.99, "currency": "USD", "qualifier": "at_most"}) =>
                "từ $9.99 trở xuống"),
            examples!(json!({"amount": 30000000000_u64, "max": 40000000000_u64, "currency": "VND"}) =>
                "30-40 tỷ đồng", "30 - 40 tỷ đồng", "từ 30 đến 40 tỷ đồng", "30 tỷ - 40 tỷ đồng",
                "chi [từ 30 tới 40 tỷ đồng] cho dự án"),
            examples!(json!({"amount": 42000, "max": 43000, "currency": "VND"}) =>
                "42.000- 43.000 đồng/kg", "giá [42.000-43.000 đồng/kg], tăng"),
            examples!(json!({"amount": 160000, "max": 170000, "currency": "VND"}) =>
                "có giá [từ 160.000 đến 170.000 đồng]."),
            examples!(json!({"amount": 15000000, "qualifier": "more_than", "currency": "VND"}) =>
                "Hơn 15 triệu đồng", "hơn 15 triệu đồng", "trên 15 triệu đồng"),
            examples!(json!({"amount": 10000000, "qualifier": "about", "currency": "VND"}) =>
                "thu lãi [khoảng 10 triệu đồng].", "chừng 10 triệu đồng", "ước tính 10 triệu đồng"),
            examples!(json!({"amount": 28000, "qualifier": "about", "currency": "VND"}) =>
                "ở mức [khoảng 28.000 đ/kg]. Trung bình"),
            examples!(json!({"amount": 1000, "qualifier": "about", "currency": "USD"}) =>
                "mức lương [trên dưới 1000$/tháng]."),
            examples!(json!({"amount": 1000, "qualifier": "order_of", "currency": "USD"}) =>
                "chi [hàng ngàn đô la] vào"),
            examples!(json!({"amount": 1000000000, "qualifier": "order_of", "currency": "VND"}) =>
                "hàng tỷ đồng"),
            examples!(json!({"amount": 10000000, "qualifier": "order_of", "currency": "VND"}) =>
                "hàng chục triệu đồng"),
            examples!(json!({"amount": 2700000000_u64, "qualifier": "more_than", "currency": "VND"}) =>
                "số tiền phải trả là [hơn 2,7 tỉ đồng]."),
            examples!(json!({"amount": 4400, "qualifier": "more_than", "currency": "USD"}) =>
                "kỷ lục mới [trên 4.400 USD/ounce] nhờ"),
            examples!(json!({"amount": 1748.84, "currency": "USD"}) => "1.748,84 USD/ounce"),
            examples!(json!({"amount": 110000000, "currency": "GBP"}) =>
                "110 triệu bảng", "110 triệu bảng Anh", "£110 triệu"),
            examples!(json!({"amount": 2500000, "currency": "EUR"}) =>
                "2,5 triệu euro", "2,5 triệu EUR", "€2,5 triệu"),
            examples!(json!({"amount": 500, "currency": "JPY"}) => "500 yên", "500 yên Nhật"),
            examples!(json!({"amount": 100, "currency": "CNY"}) => "100 nhân dân tệ", "100 NDT"),
            examples!(json!({"amount": 3000000, "currency": "VND", "qualifier": "less_than"}) =>
                "dưới 3 triệu đồng", "chưa đến 3 triệu đồng"),
            examples!(json!({"amount": 2500000, "currency": "VND"}) => "2 triệu rưỡi đồng"),
            examples!(json!({"amount": 5000000, "currency": "VND", "qualifier": "at_least"}) =>
                "từ 5 triệu đồng trở lên", "ít nhất 5 triệu đồng"),
            examples!(json!({"amount": 22500, "currency": "VND"}) => "tỷ giá [22.500 đồng/USD]"),
            examples!(json!({"amount": 0.08, "currency": "USD"}) => "8 cent"),
            examples!(json!({"amount": 45000, "currency": "THB"}) => "45.000 baht"),
            examples!(json!({"amount": 5000000000_u64, "qualifier": "more_than"}) =>
                "chiếm đoạt [hơn 5 tỷ đồng] tiền công"),
            examples!(json!({"amount": 650000}) => "đòi [650.000 đồng] tiền cước"),
            examples!(json!({"amount": 25000, "currency": "VND"}) => "hét giá [25 ngàn/lít] rượu"),
            examples!(json!({"amount": 100000, "max": 150000, "currency": "VND"}) =>
                "dao động [từ 100- 150 nghìn/kg]."),
            examples!(json!({"amount": 5000000, "currency": "VND"}) => "lương [5 triệu/tháng]"),
            examples!(json!({"amount": 3200000000u64, "currency": "VND", "qualifier": "more_than"}) =>
                "hơn 3,2 tỷ đồng", "chiếm đoạt [hơn 3,2 tỷ đồng] của", "trên 3,2 tỉ đồng"),
            examples!(json!({"amount": 500000000, "currency": "VND", "qualifier": "about"}) =>
                "khoảng 500 triệu đồng", "thiệt hại [khoảng 500 triệu đồng]", "chừng 500 triệu đồng"),
            examples!(json!({"amount": 20000, "currency": "VND"}) =>
                "20.000 đồng/kg", "giá lúa [20.000 đồng/kg]", "20 nghìn đồng/kg", "20.000đ/kg"),
            examples!(json!({"amount": 2000000, "currency": "USD"}) =>
                "2 triệu USD", "vốn đầu tư [2 triệu USD]", "2 triệu đô la Mỹ"),
            examples!(json!({"amount": 150000, "currency": "VND"}) =>
                "150.000đ", "vé vào cổng [150.000 đồng]", "150 nghìn đồng"),
            examples!(json!({"amount": 1000000000000u64, "currency": "VND"}) =>
                "1.000 tỷ VNĐ", "gói hỗ trợ [1.000 tỷ đồng]", "một nghìn tỷ đồng"),
            examples!(json!({"amount": 5000, "currency": "EUR"}) =>
                "5.000 euro", "phạt [5.000 EUR]"),
        ],
        negatives: vec![
            "2 đồng chí",
            "hai đồng chí công an",
            "5 đô thị",
            "3 đồng phạm",
            "48 bảng",
            "bảng 3",
            "2 tỉnh Đồng Nai",
            "2 chiếc đồng hồ",
            "[200 triệu] người",
            "68,6%",
            "24/34 khu dân cư",
            "ngày 24/5/2013",
            "Nghị định 100/2019/NĐ-CP",
            "0912.345.678",
            "thắng 3-1",
            "5 đội",
            "một đồng",
            "vài trăm nghìn đồng",
            "5 yên tâm",
            "3 tấn",
            "25 người/ngày",
            "100 con/m2",
            "[3 đồng nghiệp] của anh",
            "hai [đồng hương]",
            "chiếc [đồng hồ]",
            "[20.000 người] tham dự",
            "tăng [12%]",
            "[100/2019/NĐ-CP]",
        ],
    }
}

#[test]
fn money_corpus() {
    check(corpus());
}
