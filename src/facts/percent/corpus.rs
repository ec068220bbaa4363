//! The percent corpus: the specification of the percent rules (reference date 2023-05-24 18:20).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Percent,
        examples: vec![
            examples!(json!({"amount": 68.6, "qualifier": "exact", "max": null}) =>
                "68,6%", "68,6 %", "68,6 phần trăm", "kiểu mẫu (đạt [68,6%]).",
                "tỷ lệ [68,6%] hộ"),
            examples!(json!({"amount": 100, "qualifier": "exact"}) =>
                "đạt [100%] kế hoạch", "100%", "một trăm phần trăm"),
            examples!(json!({"amount": 8, "max": 8.5, "qualifier": "exact"}) =>
                "từ 8 tới 8,5%", "GRDP [từ 8 tới 8,5%] đã đề ra", "8-8,5%", "8% - 8,5%",
                "từ 8 đến 8,5 phần trăm"),
            examples!(json!({"amount": 70, "max": 80}) =>
                "70 - 80%", "chiếm [70 - 80%] giá thành", "70-80%"),
            examples!(json!({"amount": 69, "qualifier": "more_than"}) =>
                "hơn 69%", "giá vàng đã tăng [hơn 69%], ghi nhận", "trên 69%", "vượt 69%"),
            examples!(json!({"amount": 11, "qualifier": "nearly"}) =>
                "gần 11%", "năm 2011, [gần 11%] tổng số ca", "xấp xỉ 11%"),
            examples!(json!({"amount": 50, "qualifier": "about"}) =>
                "Khoảng 50%", "khoảng 50%", "chừng 50%", "giảm [khoảng 50%] vào năm sau",
                "ước tính 50%"),
            examples!(json!({"amount": 50, "qualifier": "exact"}) => "năm mươi phần trăm"),
            examples!(json!({"amount": 10, "qualifier": "exact"}) =>
                "lương cao hơn [10%] vào 40 năm sau", "thấp hơn [10%] so với",
                "nhiều hơn [10%]"),
            examples!(json!({"amount": 30, "qualifier": "at_least"}) =>
                "từ 30% trở lên", "ít nhất 30%", "tối thiểu 30%"),
            examples!(json!({"amount": 5, "qualifier": "less_than"}) =>
                "dưới 5%", "chưa đến 5%", "lạm phát [dưới 5%] năm nay"),
            examples!(json!({"amount": 49, "qualifier": "at_most"}) =>
                "tối đa 49%", "không quá 49%", "từ 49% trở xuống"),
            examples!(json!({"amount": 0.22}) => "CPI tháng 5 giảm [0,22%] so với"),
            examples!(json!({"amount": 4}) => "tăng từ [4%] lên đến"),
            examples!(json!({"amount": 1.9}) => "tăng [1,9%] lên 4.469,4 USD"),
            examples!(json!({"amount": 1234.5}) => "1.234,5%"),
            examples!(json!({"amount": 12.5, "qualifier": "exact"}) =>
                "12,5%", "doanh thu tăng [12,5%]", "12,5 phần trăm"),
            examples!(json!({"amount": 30, "qualifier": "about"}) =>
                "khoảng 30%", "chiếm [khoảng 30 phần trăm]", "chừng 30%"),
            examples!(json!({"amount": 90, "qualifier": "nearly"}) =>
                "gần 90%", "[Gần 90%] học sinh đỗ tốt nghiệp", "xấp xỉ 90%"),
            examples!(json!({"amount": 5, "max": 7}) =>
                "5-7%", "lãi suất [từ 5-7%] một năm", "từ 5 đến 7%"),
            examples!(json!({"amount": 80, "qualifier": "more_than"}) =>
                "hơn 80%", "trên 80%", "đạt [trên 80%] kế hoạch"),
        ],
        negatives: vec![
            "2 điểm phần trăm",
            "68,6",
            "[200 triệu] đồng",
            "24/34 khu dân cư",
            "[ngày 24/5] năm nay",
            "0912.345.678",
            "thắng 3-1",
            "phiên bản 2.0",
            "5 lít",
            "17 tuổi",
            "[Điều 87]",
            "phần trăm",
            "Nghị định [15/2020/NĐ-CP]",
            "ngày [20/11/2019]",
            "[12 chiến sĩ]",
            "[3 điểm phần trăm]",
        ],
    }
}

#[test]
fn percent_corpus() {
    check(corpus());
}
