//! The period corpus: the specification of the period rules (reference date 2023-05-24 18:20).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Period,
        examples: vec![
            examples!(json!({"from": "2014", "to": "2023", "open_end": false}) =>
                "giai đoạn 2014-2023", "2014 - 2023", "từ năm 2014 đến năm 2023", "Từ năm 2014 đến 2023",
                "giai đoạn từ 2014-2023", "giai đoạn 2014 – 2023", "từ 2014 đến 2023", "năm 2014 - 2023",
                "trong [giai đoạn từ năm 2014 đến năm 2023], tỉnh", "nhiệm kỳ 2014-2023",
                "năm 2014 đến năm 2023", "kế hoạch [giai đoạn 2014 - 2023] của"),
            examples!(json!({"from": "2014", "to": "2023-05-24", "open_end": true}) =>
                "từ năm 2014 đến nay", "Từ năm 2014 đến nay", "kể từ năm 2014", "từ năm 2014 tới nay",
                "Từ năm 2014 đến hiện nay", "[từ năm 2014 đến nay] đã tổ chức", "kể từ năm 2014 đến nay"),
            examples!(json!({"from": "2013", "to": "2023-05-24", "open_end": true}) =>
                "10 năm qua", "Trong [10 năm qua], công an", "mười năm qua", "10 năm gần đây",
                "10 năm trở lại đây", "thập kỷ qua", "một thập kỷ qua", "trong suốt [10 năm qua]"),
            examples!(json!({"from": "2018", "to": "2023-05-24", "open_end": true}) =>
                "5 năm gần đây", "trong [5 năm qua]", "năm năm qua", "5 năm vừa qua"),
            examples!(json!({"from": "2023-02", "to": "2023-05-24", "open_end": true}) =>
                "3 tháng qua", "ba tháng gần đây"),
            examples!(json!({"from": "2023-05-17", "to": "2023-05-24", "open_end": true}) =>
                "7 ngày qua", "1 tuần qua", "một tuần qua"),
            examples!(json!({"from": "2023", "to": "2023-05-24", "open_end": true}) =>
                "từ đầu năm đến nay", "kể từ đầu năm", "Từ đầu năm nay đến nay", "kể từ đầu năm nay"),
            examples!(json!({"from": "2023-01-01", "to": "2023-03-31"}) =>
                "từ ngày 1/1 đến 31/3/2023", "từ 1/1 đến 31/3/2023", "từ ngày 1/1/2023 đến ngày 31/3/2023",
                "ngày 1/1 - 31/3/2023", "Từ 1-1 đến 31-3-2023"),
            examples!(json!({"from": "2023-06-01", "to": "2023-06-03"}) =>
                "từ 1-3/6", "ngày 1-3/6", "Từ ngày 1 đến 3/6", "từ ngày 1/6 đến 3/6"),
            examples!(json!({"from": "2023-02-20", "to": "2023-02-21"}) =>
                "Từ đêm 20 đến sáng 21/2", "từ tối 20/2 đến sáng 21/2"),
            examples!(json!({"from": "2011", "to": "2023-05"}) =>
                "từ năm 2011 đến 5 tháng đầu năm nay"),
            examples!(json!({"from": "2023-01", "to": "2023-05"}) =>
                "5 tháng đầu năm", "năm tháng đầu năm nay", "5 tháng đầu năm 2023", "từ tháng 1 đến tháng 5/2023",
                "từ tháng 1 đến tháng 5 năm 2023"),
            examples!(json!({"from": "1973-06", "to": "2013-06"}) =>
                "kỷ niệm 40 năm chiến công ([6-1973/6-2013])", "6/1973 - 6/2013"),
            examples!(json!({"from": "1967", "to": "1973"}) =>
                "[Từ năm 1967 đến 1973], đế quốc Mỹ", "năm học 1967-1973"),
            examples!(json!({"from": "2013-05", "to": "2013-07"}) =>
                "tháng 5/2013 - tháng 7/2013", "từ tháng 5 đến tháng 7/2013"),
            examples!(json!({"from": "2021", "to": "2025", "open_end": false}) =>
                "giai đoạn 2021-2025", "kế hoạch [giai đoạn 2021 - 2025] của tỉnh", "từ năm 2021 đến năm 2025",
                "nhiệm kỳ 2021-2025"),
            examples!(json!({"from": "2023-06-01", "to": "2023-06-15"}) =>
                "từ ngày 1/6 đến ngày 15/6/2023", "từ 1/6 đến 15/6/2023"),
            examples!(json!({"from": "2020", "to": "2023-05-24", "open_end": true}) =>
                "từ năm 2020 đến nay", "[Từ năm 2020 đến nay], huyện đã"),
            examples!(json!({"from": "2018", "to": "2023-05-24", "open_end": true}) =>
                "5 năm qua", "[5 năm qua], ngành giáo dục", "[5 năm gần đây] trong ngành"),
        ],
        negatives: vec![
            "[Từ đó] đến khi bị bắt",
            "từ [năm 2002], đối tượng",
            "điện thoại [1998-2005] của",
            "tỷ số [2-1]",
            "từ [8 tới 8,5]%",
            "nhiều năm qua",
            "Tổng kết [10 năm] thực hiện",
            "trong [hơn 17 năm], giá",
            "[năm qua], doanh thu",
            "từ [24/5], giá xăng",
            "số 1998-2005/QĐ",
            "từ 8 tháng đến 57 tháng tù",
            "[kể từ ngày 1/7], người dân phải",
            "[kể từ 1/1/2025] luật có hiệu lực",
            "tỷ số [3-1] nghiêng",
            "[Quyết định 1563/QĐ-UBND]",
        ],
    }
}

#[test]
fn period_corpus() {
    check(corpus());
}
