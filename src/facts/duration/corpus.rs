//! The duration corpus: the specification of the duration rules (reference date 2023-05-24 18:20).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Duration,
        examples: vec![
            examples!(json!({"amount": 10, "unit": "year", "qualifier": "exact", "max": null}) =>
                "10 năm", "Tổng kết [10 năm] thực hiện", "mười năm", "một thập kỷ", "[10 năm] tù giam",
                "suốt [10 năm] làm nghề"),
            examples!(json!({"amount": 10, "unit": "year", "qualifier": "more_than"}) =>
                "hơn 10 năm", "[Hơn 10 năm] học và làm theo Bác", "trên 10 năm", "hơn một thập kỷ"),
            examples!(json!({"amount": 10, "unit": "year", "qualifier": "less_than"}) =>
                "Không đầy một thập kỷ", "chưa đầy 10 năm", "dưới 10 năm"),
            examples!(json!({"amount": 3, "unit": "month"}) =>
                "3 tháng", "ba tháng", "nuôi [3 tháng] thì"),
            examples!(json!({"amount": 48, "unit": "hour"}) =>
                "48 giờ", "48 tiếng", "48 tiếng đồng hồ", "trong vòng [48 giờ] tới"),
            examples!(json!({"amount": 1, "unit": "hour", "qualifier": "more_than"}) =>
                "hơn một giờ đồng hồ", "hơn 1 tiếng"),
            examples!(json!({"amount": 30, "unit": "minute", "qualifier": "about"}) =>
                "khoảng 30 phút", "chừng 30 phút"),
            examples!(json!({"amount": 3, "max": 5, "unit": "year"}) =>
                "3-5 năm", "3 - 5 năm", "từ 3 đến 5 năm", "từ 3 năm đến 5 năm", "ba đến năm năm"),
            examples!(json!({"amount": 8, "max": 57, "unit": "month"}) =>
                "mức phạt [từ 8 tháng đến 57 tháng] tù giam", "8-57 tháng"),
            examples!(json!({"amount": 8, "max": 10, "unit": "minute"}) =>
                "nướng trong vòng [8-10 phút] nha"),
            examples!(json!({"amount": 1, "unit": "week"}) =>
                "sau [1 tuần] phẫu thuật", "một tuần", "1 tuần lễ"),
            examples!(json!({"amount": 1, "unit": "day"}) =>
                "cả năm chỉ có [một ngày] cả nhà", "1 ngày đêm"),
            examples!(json!({"amount": 90, "unit": "day"}) =>
                "trong [90 ngày] đầu tiên"),
            examples!(json!({"amount": 1.5, "unit": "year"}) =>
                "một năm rưỡi", "1,5 năm"),
            examples!(json!({"amount": 0.5, "unit": "month"}) => "nửa tháng"),
            examples!(json!({"amount": 17, "unit": "year", "qualifier": "more_than"}) =>
                "mức cao nhất trong [hơn 17 năm], trong khi"),
            examples!(json!({"amount": 3, "unit": "year", "qualifier": "nearly"}) =>
                "cao nhất trong [gần 3 năm].", "ngót 3 năm"),
            examples!(json!({"amount": 10, "unit": "year", "qualifier": "order_of"}) =>
                "hàng chục năm"),
            examples!(json!({"amount": 40, "unit": "year"}) =>
                "lương cao hơn 10% vào [40 năm] sau", "kỷ niệm [40 năm] chiến công"),
            examples!(json!({"amount": 2, "unit": "quarter"}) => "2 quý"),
            examples!(json!({"amount": 45, "unit": "second"}) => "45 giây"),
            examples!(json!({"amount": 2, "unit": "year", "qualifier": "more_than"}) =>
                "hơn 2 năm", "sau [hơn 2 năm] thi công", "hơn hai năm"),
            examples!(json!({"amount": 15, "unit": "minute", "qualifier": "exact"}) =>
                "15 phút", "chỉ sau [15 phút] đám cháy", "mười lăm phút"),
            examples!(json!({"amount": 7, "unit": "day"}) =>
                "7 ngày", "trong vòng [7 ngày] làm việc", "bảy ngày"),
            examples!(json!({"amount": 2, "unit": "week"}) =>
                "2 tuần", "cách ly [hai tuần]"),
            examples!(json!({"amount": 6, "unit": "month", "qualifier": "about"}) =>
                "khoảng 6 tháng", "mất [khoảng 6 tháng] để"),
        ],
        negatives: vec![
            "cô bé [17 tuổi]",
            "[10 năm qua], công an",
            "[10 năm trước] tôi là biên tập viên",
            "[3 giờ chiều] ngày 29/5",
            "lúc [16 giờ]",
            "[16 giờ ngày 8.6.2012]",
            "ngày [15 tháng 5]",
            "tháng [3 năm] 2013",
            "[năm tháng] qua đi",
            "[năm 2013]",
            "[một ngày nọ]",
            "3 tháng tuổi",
            "24/[24 giờ]",
            "lần [thứ 3 năm] nay",
            "[tập 1 tuần] trước",
            "Năm 2008 lại là [một năm] bội thu",
            "tăng lên thành 70.000 ca [một năm] vào 2030",
            "mong [một ngày] sẽ trở lại quê",
            "trong [một ngày] nắng gắt",
            "đón [một năm] mới an lành",
            "lúc [7 giờ] sáng",
            "[8 giờ 30] ngày 2/9",
        ],
    }
}

#[test]
fn duration_corpus() {
    check(corpus());
}
