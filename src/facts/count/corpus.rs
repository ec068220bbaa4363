//! The count corpus: the specification of the count rules (reference date 2023-05-24 18:20).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Count,
        examples: vec![
            examples!(json!({"amount": 289, "qualifier": "more_than", "unit": "đợt"}) =>
                "trên 289 đợt", "tổ chức tuyên truyền [trên 289 đợt] trong năm"),
            examples!(json!({"amount": 35000, "qualifier": "more_than", "unit": "lượt người"}) =>
                "hơn 35.000 lượt người", "thu hút [hơn 35.000 lượt người] tham dự",
                "Hơn 35.000 lượt người"),
            examples!(json!({"amount": 1000, "qualifier": "nearly", "unit": "hộ"}) =>
                "gần 1.000 hộ", "vận động [gần 1.000 hộ] di dời", "xấp xỉ 1000 hộ"),
            examples!(json!({"amount": 50, "qualifier": "about", "unit": "người"}) =>
                "khoảng 50 người", "Khoảng 50 người", "chừng 50 người", "ước tính 50 người",
                "có [khoảng 50 người] bị mắc kẹt"),
            examples!(json!({"amount": 21, "qualifier": "exact", "unit": "đối tượng"}) =>
                "21 đối tượng", "cảm hóa, giáo dục [21 đối tượng] tái hòa nhập",
                "bắt giữ [21 đối tượng] cùng tang vật", "hai mươi mốt đối tượng"),
            examples!(json!({"amount": 21, "qualifier": "exact", "unit": "người"}) =>
                "hai mươi mốt người", "Hai mươi mốt người"),
            examples!(json!({"amount": 100, "qualifier": "order_of", "unit": "người"}) =>
                "hàng trăm người", "Hàng trăm người", "thu hút [hàng trăm người] đến xem"),
            examples!(json!({"amount": 1000, "qualifier": "order_of", "unit": "người dân"}) =>
                "hàng nghìn người dân", "[hàng ngàn người dân] đổ về quảng trường"),
            examples!(json!({"amount": 10, "qualifier": "order_of", "unit": "gian hàng"}) =>
                "hàng chục gian hàng"),
            examples!(json!({"amount": 10000, "qualifier": "order_of", "unit": "quả bom"}) =>
                "hàng chục nghìn quả bom"),
            examples!(json!({"amount": 1200000, "qualifier": "exact", "unit": "trẻ em"}) =>
                "1,2 triệu trẻ em", "hỗ trợ [1,2 triệu trẻ em] khuyết tật"),
            examples!(json!({"amount": 2300000, "unit": "người"}) => "2,3 triệu người"),
            examples!(json!({"amount": 47000000, "unit": "người"}) => "47 triệu người"),
            examples!(json!({"amount": 8000000, "qualifier": "nearly", "unit": "người lao động"}) =>
                "gần 8 triệu người lao động"),
            examples!(json!({"amount": 480, "qualifier": "more_than", "unit": "tin báo"}) =>
                "hơn 480 tin báo", "cung cấp [hơn 480 tin báo] tố giác tội phạm"),
            examples!(json!({"amount": 70, "qualifier": "more_than", "unit": "vụ"}) =>
                "làm rõ [trên 70 vụ] với", "vượt 70 vụ"),
            examples!(json!({"amount": 85, "qualifier": "more_than", "unit": "khẩu súng"}) =>
                "thu hồi [hơn 85 khẩu súng] tự chế"),
            examples!(json!({"amount": 70, "unit": "hội nghị"}) =>
                "tổ chức [70 hội nghị] tuyên truyền"),
            examples!(json!({"amount": 24, "unit": "mô hình"}) => "có [24 mô hình] hay"),
            examples!(json!({"amount": 4, "unit": "tập thể"}) => "Dịp này, [4 tập thể] và"),
            examples!(json!({"amount": 5, "unit": "cá nhân"}) => "tập thể và [5 cá nhân] có thành tích"),
            examples!(json!({"amount": 3, "unit": "chiếc xe"}) =>
                "3 chiếc xe", "Ba chiếc xe", "[ba chiếc xe] bị tạm giữ", "03 chiếc xe"),
            examples!(json!({"amount": 2, "unit": "con cá"}) => "mua [2 con cá] lóc"),
            examples!(json!({"amount": 173, "unit": "căn nhà"}) => "[173 căn nhà] bị tốc mái"),
            examples!(json!({"amount": 663, "unit": "căn"}) => "tốc mái [663 căn], hư hại"),
            examples!(json!({"amount": 11423, "unit": "thí sinh"}) => "có [11.423 thí sinh] dự thi"),
            examples!(json!({"amount": 4, "max": 5, "qualifier": "about", "unit": "đề"}) =>
                "khoảng 4 đến 5 đề", "khoảng 4-5 đề"),
            examples!(json!({"amount": 3, "max": 5, "unit": "người"}) =>
                "3-5 người", "từ 3 đến 5 người", "3 - 5 người"),
            examples!(json!({"amount": 2, "max": 3, "unit": "người"}) => "hai đến ba người"),
            examples!(json!({"amount": 5, "qualifier": "at_least", "unit": "người"}) =>
                "từ 5 người trở lên", "ít nhất 5 người", "tối thiểu 5 người"),
            examples!(json!({"amount": 30, "qualifier": "less_than", "unit": "học sinh"}) =>
                "dưới 30 học sinh", "chưa đến 30 học sinh", "không đến 30 học sinh"),
            examples!(json!({"amount": 10, "qualifier": "at_most", "unit": "người"}) =>
                "tối đa 10 người", "không quá 10 người", "từ 10 người trở xuống"),
            examples!(json!({"amount": 10, "qualifier": "nearly", "unit": "bộ"}) =>
                "mới nộp [gần chục bộ]. Ngoài ra"),
            examples!(json!({"amount": 4, "unit": "giám khảo"}) => "Bốn giám khảo", "bốn giám khảo"),
            examples!(json!({"amount": 2, "unit": "bên"}) => "được [hai bên] ký kết"),
            examples!(json!({"amount": 15, "unit": "nước"}) => "một trong [15 nước] có tỷ lệ"),
            examples!(json!({"amount": 3, "qualifier": "at_least", "unit": "người"}) =>
                "gồm [ít nhất 3 người] trong gia đình"),
            examples!(json!({"amount": 100, "qualifier": "nearly", "unit": "vận động viên"}) =>
                "Gần 100 vận động viên"),
            examples!(json!({"amount": 6, "unit": "thí sinh"}) =>
                "mỗi đội [6 thí sinh]", "sáu thí sinh"),
            examples!(json!({"amount": 2, "unit": "người"}) => "mỗi xe gồm [2 người] cả nam"),
            examples!(json!({"amount": 7, "unit": "điểm trình diễn"}) =>
                "thực hiện [7 điểm trình diễn] nuôi cá"),
            examples!(json!({"amount": 44, "unit": "Công ty"}) => "44 Công ty"),
            examples!(json!({"amount": 27, "unit": "hội đồng thi"}) => "bố trí [27 hội đồng thi] tốt nghiệp"),
            examples!(json!({"amount": 495, "unit": "phòng thi"}) => "với [495 phòng thi]."),
            examples!(json!({"amount": 16, "unit": "đội tuyển"}) => "đến từ [16 đội tuyển] thuộc"),
            examples!(json!({"amount": 200000, "unit": "người"}) => "hai trăm nghìn người"),
            examples!(json!({"amount": 1500000, "unit": "người"}) => "1 triệu rưỡi người"),
            examples!(json!({"amount": 2500000, "unit": "lượt khách"}) => "hai triệu rưỡi lượt khách"),
            examples!(json!({"amount": 105, "unit": "hộ"}) => "một trăm linh năm hộ"),
            examples!(json!({"amount": 15, "unit": "xã"}) => "mười lăm xã", "15 xã"),
            examples!(json!({"amount": 30000, "unit": "cư dân"}) => "Có [khoảng 30.000 cư dân] tại"),
            examples!(json!({"amount": 40, "unit": "học sinh"}) => "mỗi lớp [40 học sinh]"),
            examples!(json!({"amount": 12, "unit": "tàu cá"}) => "[12 tàu cá] cập bến"),
            examples!(json!({"amount": 5, "unit": "ca tử vong"}) => "ghi nhận [5 ca tử vong]"),
            examples!(json!({"amount": 3, "unit": "mũi tiêm"}) => "đủ [3 mũi tiêm] vắc xin"),
            examples!(json!({"amount": 9, "unit": "cánh đồng"}) => "trồng trên [9 cánh đồng] thử nghiệm"),
            examples!(json!({"amount": 120, "unit": "doanh nghiệp"}) => "120 doanh nghiệp"),
            examples!(json!({"amount": 20, "unit": "huy chương vàng"}) => "giành [20 huy chương vàng]"),
            examples!(json!({"amount": 2, "unit": "bàn thắng"}) => "ghi [2 bàn thắng] đẹp mắt"),
            examples!(json!({"amount": 6, "unit": "quận, huyện"}) =>
                "giúp bà con [6 quận, huyện] của thành phố"),
            examples!(json!({"amount": 3, "unit": "thanh tra"}) => "sa thải [3 thanh tra] giao thông"),
            examples!(json!({"amount": 20, "unit": "chiến sỹ"}) => "[20 chiến sỹ] mặc quân phục"),
            examples!(json!({"amount": 5, "unit": "\"bóng hồng\""}) =>
                "cùng [5 \"bóng hồng\"] của showbiz"),
            examples!(json!({"amount": 34, "unit": "khu dân cư"}) => "toàn huyện có [34 khu dân cư]"),
            examples!(json!({"amount": 200, "qualifier": "about", "unit": "hộ dân"}) =>
                "khoảng 200 hộ dân", "vận động [khoảng 200 hộ dân] di dời", "chừng 200 hộ dân"),
            examples!(json!({"amount": 500, "qualifier": "nearly", "unit": "công nhân"}) =>
                "gần 500 công nhân", "[Gần 500 công nhân] ngừng việc", "xấp xỉ 500 công nhân"),
            examples!(json!({"amount": 1000, "qualifier": "order_of", "unit": "lượt khách"}) =>
                "hàng nghìn lượt khách", "thu hút [hàng nghìn lượt khách] mỗi ngày", "hàng ngàn lượt khách"),
            examples!(json!({"amount": 12, "qualifier": "exact", "unit": "chiến sĩ"}) =>
                "12 chiến sĩ", "huy động [12 chiến sĩ] tham gia cứu hộ", "mười hai chiến sĩ"),
            examples!(json!({"amount": 3, "qualifier": "at_least", "unit": "người"}) =>
                "ít nhất 3 người", "đưa [ít nhất 3 người] đi cấp cứu", "tối thiểu 3 người"),
            examples!(json!({"amount": 40, "qualifier": "at_most", "unit": "học sinh"}) =>
                "tối đa 40 học sinh", "mỗi lớp [tối đa 40 học sinh]"),
            examples!(json!({"amount": 35, "unit": "hộ"}) =>
                "ba mươi lăm hộ", "35 hộ", "hỗ trợ [35 hộ] xây nhà"),
            examples!(json!({"amount": 1200000, "unit": "trẻ em"}) =>
                "1,2 triệu trẻ em", "tiêm cho [1,2 triệu trẻ em] khuyết tật"),
            examples!(json!({"amount": 150, "max": 200, "unit": "công nhân"}) =>
                "150 - 200 công nhân", "cần tuyển [150-200 công nhân] may"),
            examples!(json!({"amount": 20, "qualifier": "more_than", "unit": "tàu cá"}) =>
                "hơn 20 tàu cá", "[Hơn 20 tàu cá] vào bờ tránh bão", "có [hơn 20 tàu cá] neo đậu"),
            examples!(json!({"amount": 10, "qualifier": "less_than", "unit": "trường hợp"}) =>
                "chưa đến 10 trường hợp", "dưới 10 trường hợp"),
            examples!(json!({"amount": 2, "qualifier": "exact", "unit": "quả thận"}) =>
                "ghép [2 quả thận] cho hai bệnh nhân", "hai quả thận"),
            examples!(json!({"amount": 7, "qualifier": "exact", "unit": "bị cáo"}) =>
                "7 bị cáo", "xét xử [7 bị cáo] về tội", "bảy bị cáo"),
        ],
        negatives: vec![
            "lần thứ 3",
            "đứng [thứ 3] toàn đoàn",
            "về [thứ hai] trong đêm",
            "học sinh [lớp 12] tố bác sĩ",
            "theo [Điều 87] Bộ luật hình sự",
            "nhà [số 12] Lê Lợi",
            "số nhà 1998 Quốc lộ 30",
            "[Quốc lộ 1] người dân đi lại",
            "10 năm",
            "3 tháng",
            "48 giờ",
            "17 tuổi",
            "cậu bé [8 tuổi]",
            "1.835mm",
            "5 lít",
            "220V",
            "150 ha",
            "2 tấn cá",
            "4.000 mẫu Anh",
            "12 km",
            "gọi số 0912.345.678 người",
            "thắng 3-1 trước",
            "phiên bản 2.0",
            "[iPhone 5] người dùng",
            "[tháng 5] người dân đổ về",
            "[năm 2013] người dân",
            "ngày [24/5] người dân",
            "một người",
            "có một đứa con",
            "[một] chiếc xe",
            "[200 triệu] đồng",
            "50% học sinh",
            "24/34 khu dân cư",
            "[tăng 2] so năm ngoái",
            "mật độ 100 con/m2",
            "thả 30 con/m2",
            "xã hội",
            "5 cây số",
            "[GMT+7] Xã hội",
            "[ông Hai] người làng",
            "quận Ba Đình",
            "Hai Bà Trưng",
            "vài chục người",
            "trăm người như một",
            "[năm] người dân",
            "Nghị định 100/2019/NĐ-CP",
            "tàu phóng [từ 412] của Tiểu đoàn",
            "mùa giải [2012-2013] đội bóng",
            "tăng [gấp 3] lần",
            "V-League 2013 đội bóng",
            "tổ chức [lần thứ 5]",
            "[Tiểu đoàn 3] hành quân",
            "họp tại [phòng 305]",
            "số [12/3] đường Trần Phú",
            "ngõ [42] phố Hàng Bạc",
            "[tầng 5] tòa nhà",
            "[khóa 12] của trường",
            "thắng [2-0] trước đối thủ",
            "tỷ số [1-1] sau hiệp một",
            "phiên bản [3.2] người dùng",
            "tổng đài [1900 1234]",
            "học sinh [lớp 9] trường",
            "[Điều 51] Bộ luật",
            "[khoản 2] điều này",
        ],
    }
}

#[test]
fn count_corpus() {
    check(corpus());
}
