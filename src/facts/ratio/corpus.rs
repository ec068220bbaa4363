//! The ratio corpus: the specification of the ratio rules (reference date 2023-05-24 18:20).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Ratio,
        examples: vec![
            examples!(json!({"part": 24, "whole": 34, "unit": "khu dân cư"}) =>
                "24/34 khu dân cư", "toàn huyện có [24/34 khu dân cư] tiêu biểu",
                "24 trên 34 khu dân cư", "24 trên tổng số 34 khu dân cư",
                "24 khu dân cư trên tổng số 34 khu dân cư"),
            examples!(json!({"part": 3, "whole": 5, "unit": "xã"}) =>
                "3 trên 5 xã", "có [3 trên 5 xã] đạt chuẩn", "3/5 xã", "3 trong số 5 xã",
                "3 xã trên tổng số 5 xã", "3 trong tổng số 5 xã"),
            examples!(json!({"part": 13, "whole": 17, "unit": "học sinh"}) =>
                "có [13 bạn trên tổng số 17 học sinh] giành học bổng", "13/17 học sinh"),
            examples!(json!({"part": 2, "whole": 3, "unit": "hộ"}) =>
                "2/3 số hộ", "[2/3 số hộ] đã thoát nghèo", "2/3 tổng số hộ"),
            examples!(json!({"part": 1, "whole": 2, "unit": "người"}) =>
                "[cứ 2 nam giới trưởng thành từ 15 tuổi trở lên thì có 1 người] hút thuốc",
                "cứ 2 người thì có 1 người", "Cứ hai người thì có một người"),
            examples!(json!({"part": 1, "whole": 3, "unit": "doanh nghiệp"}) =>
                "1/3 doanh nghiệp", "cứ 3 doanh nghiệp thì 1 doanh nghiệp"),
            examples!(json!({"part": 45, "whole": 63, "unit": "tỉnh"}) =>
                "45/63 tỉnh", "45 trên 63 tỉnh"),
            examples!(json!({"part": 45, "whole": 63, "unit": "tỉnh, thành"}) =>
                "[45/63 tỉnh, thành] có văn phòng"),
            examples!(json!({"part": 1200, "whole": 1500, "unit": "hộ"}) => "1.200/1.500 hộ"),
            examples!(json!({"part": 8, "whole": 10, "unit": "người"}) =>
                "[8/10 người] được hỏi", "8 trên 10 người"),
            examples!(json!({"part": 7, "whole": 10, "unit": "xã"}) =>
                "7/10 xã", "đã có [7/10 xã] đạt chuẩn nông thôn mới", "7 trên 10 xã"),
            examples!(json!({"part": 2, "whole": 3, "unit": "huyện"}) =>
                "2 trên 3 huyện", "[2 trong số 3 huyện] miền núi"),
            examples!(json!({"part": 2, "whole": 3, "unit": "dạ dày"}) =>
                "phẫu thuật cắt [2/3 dạ dày] cho bệnh nhân", "cắt bỏ [2/3 dạ dày]"),
            examples!(json!({"part": 15, "whole": 20, "unit": "học sinh"}) =>
                "15/20 học sinh", "có [15/20 học sinh] đạt giải"),
        ],
        negatives: vec![
            "ngày 24/5 người dân",
            "sáng 4/5 các đơn vị",
            "tháng 5/2023",
            "5/2023 người",
            "Nghị định 100/2019/NĐ-CP",
            "Quyết định số 1234/QĐ-UBND",
            "số 12/34 đường Lê Lợi",
            "24/34",
            "34/24 khu dân cư",
            "thắng 3-1",
            "68,6%",
            "5 người trên 3 xe",
            "0912.345.678",
            "24/5/2013 người dân",
            "từ 1/6 đến 3/6 người dân",
            "quy hoạch chi tiết [1/500] khu đô thị mới",
            "bản đồ tỷ lệ [1/2000] khu dân cư",
            "ngày [20/11] học sinh tặng hoa",
            "thắng [3/1] đội khách",
        ],
    }
}

#[test]
fn ratio_corpus() {
    check(corpus());
}
