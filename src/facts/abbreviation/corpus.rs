//! The abbreviation corpus: the specification of the abbreviation rules (reference date 2023-05-24 18:20).
//!
//! The fact is the whole definition: `long (SHORT)` or `SHORT (long)`, parentheses included.

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Abbreviation,
        examples: vec![
            examples!(json!({"short": "ANTQ", "long": "an ninh Tổ quốc"}) =>
                "an ninh Tổ quốc (ANTQ)",
                "phong trào Toàn dân bảo vệ [an ninh Tổ quốc (ANTQ)] trong tình hình mới",
                "ANTQ (an ninh Tổ quốc)",
                "giữ vững [ANTQ (an ninh Tổ quốc)] ở cơ sở"),
            examples!(json!({"short": "PCCC", "long": "Phòng cháy & chữa cháy"}) =>
                "Sở [Phòng cháy & chữa cháy (PCCC)] thành phố tổ chức giải bơi"),
            examples!(json!({"short": "PCCC", "long": "phòng cháy và chữa cháy"}) =>
                "lực lượng [phòng cháy và chữa cháy (PCCC)] đã có mặt"),
            examples!(json!({"short": "UBND", "long": "Ủy ban nhân dân"}) =>
                "Chủ tịch [Ủy ban nhân dân (UBND)] huyện"),
            examples!(json!({"short": "UBND", "long": "Uỷ ban nhân dân"}) =>
                "Chủ tịch [Uỷ ban nhân dân (UBND)] huyện"),
            examples!(json!({"short": "HĐND", "long": "Hội đồng nhân dân"}) =>
                "kỳ họp [Hội đồng nhân dân (HĐND)] tỉnh"),
            examples!(json!({"short": "MTTQ", "long": "Mặt trận Tổ quốc"}) =>
                "Ủy ban [Mặt trận Tổ quốc (MTTQ)] Việt Nam huyện"),
            examples!(json!({"short": "TP.HCM", "long": "Thành phố Hồ Chí Minh"}) =>
                "người dân [Thành phố Hồ Chí Minh (TP.HCM)] đổ ra đường"),
            examples!(json!({"short": "GD-ĐT", "long": "Giáo dục - Đào tạo"}) =>
                "Bộ [Giáo dục - Đào tạo (GD-ĐT)] vừa có văn bản"),
            examples!(json!({"short": "NN&PTNT", "long": "Nông nghiệp và Phát triển nông thôn"}) =>
                "Bộ [Nông nghiệp và Phát triển nông thôn (NN&PTNT)] cho biết"),
            examples!(json!({"short": "Bộ NN&PTNT", "long": "Bộ Nông nghiệp và Phát triển nông thôn"}) =>
                "Theo [Bộ Nông nghiệp và Phát triển nông thôn (Bộ NN&PTNT)], diện tích lúa"),
            examples!(json!({"short": "VH-TT&DL", "long": "Văn hóa Thể thao & Du lịch"}) =>
                "Bộ [Văn hóa Thể thao & Du lịch (VH-TT&DL)] đã đề nghị"),
            examples!(json!({"short": "ĐBSCL", "long": "Đồng bằng sông Cửu Long"}) =>
                "các tỉnh [Đồng bằng sông Cửu Long (ĐBSCL)] bước vào vụ mới"),
            examples!(json!({"short": "DNNN", "long": "doanh nghiệp nhà nước"}) =>
                "tái cơ cấu 76 [doanh nghiệp nhà nước (DNNN)] trong năm"),
            examples!(json!({"short": "BHYT", "long": "bảo hiểm y tế"}) =>
                "thẻ [bảo hiểm y tế (BHYT)] cho người nghèo"),
            examples!(json!({"short": "GRDP", "long": "tổng sản phẩm trên địa bàn"}) =>
                "Trong đó, [tổng sản phẩm trên địa bàn (GRDP)] ước tăng 7,5%"),
            examples!(json!({"short": "CPI", "long": "chỉ số giá tiêu dùng"}) =>
                "Đáng chú ý, [chỉ số giá tiêu dùng (CPI)] đã được kiểm soát."),
            examples!(json!({"short": "USDA", "long": "Bộ Nông nghiệp Mỹ"}) =>
                "[Bộ Nông nghiệp Mỹ (USDA)] vừa phát hiện giống lúa mỳ lạ"),
            examples!(json!({"short": "Fed", "long": "Cục Dự trữ Liên bang Mỹ"}) =>
                "ông có thể bổ nhiệm Chủ tịch [Cục Dự trữ Liên bang Mỹ (Fed)] mới"),
            examples!(json!({"short": "WHO", "long": "Tổ chức Y tế thế giới"}) =>
                "theo khuyến cáo của [Tổ chức Y tế thế giới (WHO)], trẻ em cần"),
            examples!(json!({"short": "SECC", "long": "Trung tâm Hội chợ và Triển lãm Sài Gòn"}) =>
                "hội chợ diễn ra tại [Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC)] từ ngày 5/6"),
            examples!(json!({"short": "EVN", "long": "Tập đoàn Điện lực Việt Nam"}) =>
                "giá điện của [Tập đoàn Điện lực Việt Nam (EVN)] tăng"),
            examples!(json!({"short": "VPBank", "long": "Ngân hàng TMCP Việt Nam Thịnh Vượng"}) =>
                "khách hàng của [Ngân hàng TMCP Việt Nam Thịnh Vượng (VPBank)] được ưu đãi"),
            examples!(json!({"short": "Chương trình ESRT",
                "long": "Chương trình Phát triển năng lực Du lịch có trách nhiệm với môi trường và xã hội"}) =>
                "phối hợp với [Chương trình Phát triển năng lực Du lịch có trách nhiệm với môi trường và xã hội (Chương trình ESRT)] tổ chức hội nghị"),
            examples!(json!({"short": "Ban chỉ đạo 09",
                "long": "Ban chỉ đạo Phong trào bảo vệ an ninh Tổ quốc, phòng chống tội phạm tỉnh Hòa Bình"}) =>
                "kiểm tra [Ban chỉ đạo Phong trào bảo vệ an ninh Tổ quốc, phòng chống tội phạm tỉnh Hòa Bình (gọi tắt là Ban chỉ đạo 09)]. Đồng chí Phó Chủ tịch"),
            examples!(json!({"short": "Công ty", "long": "Công ty TNHH Hoàng Long"}) =>
                "ký hợp đồng với [Công ty TNHH Hoàng Long (sau đây gọi tắt là Công ty)] để"),
            examples!(json!({"short": "Sông Hồng 5",
                "long": "Công ty cổ phần Đầu tư và Xây dựng Sông Hồng 5"}) =>
                "[Công ty cổ phần Đầu tư và Xây dựng Sông Hồng 5 (gọi tắt là Sông Hồng 5)] đề nghị"),
            examples!(json!({"short": "IMF", "long": "Quỹ Tiền tệ Quốc tế"}) =>
                "bà Lagarde, Giám đốc điều hành [Quỹ Tiền tệ Quốc tế (IMF)] cho biết"),
            examples!(json!({"short": "PTI", "long": "Tổng Công ty CP Bảo hiểm Bưu điện"}) =>
                "chương trình sẽ được [Tổng Công ty CP Bảo hiểm Bưu điện (PTI)] tổ chức"),
            examples!(json!({"short": "UNCLOS", "long": "Công ước Liên Hiệp Quốc về Luật Biển"}) =>
                "giải quyết tranh chấp theo [Công ước Liên Hiệp Quốc về Luật Biển (UNCLOS)] năm 1982"),
            examples!(json!({"short": "AWS", "long": "Amazon Web Services"}) =>
                "dựa trên cơ sở của [AWS (Amazon Web Services)]."),
            examples!(json!({"short": "LBD", "long": "little black dress"}) =>
                "một chiếc váy [LBD (little black dress)] sẽ không làm bạn thất vọng"),
            examples!(json!({"short": "FUD", "long": "Fear – Sợ, Uncertainty – Bấp bênh, Doubt – Nghi ngờ"}) =>
                "lùi về mô hình [FUD (Fear – Sợ, Uncertainty – Bấp bênh, Doubt – Nghi ngờ)] hoặc"),
            examples!(json!({"short": "UBND", "long": "Ủy ban nhân dân"}) =>
                "[UBND (Ủy ban nhân dân)] xã đã họp"),
            examples!(json!({"short": "UNDP", "long": "Chương trình Phát triển Liên hợp quốc"}) =>
                "theo báo cáo của [Chương trình Phát triển Liên hợp quốc (UNDP)], chỉ số"),
            examples!(json!({"short": "WHO", "long": "Tổ chức Y tế Thế giới"}) =>
                "Bộ Y tế phối hợp với [Tổ chức Y tế Thế giới (WHO)] tổ chức hội thảo"),
            examples!(json!({"short": "THPT", "long": "trung học phổ thông"}) =>
                "kỳ thi tốt nghiệp [trung học phổ thông (THPT)] năm nay"),
            examples!(json!({"short": "BHXH", "long": "Bảo hiểm xã hội"}) =>
                "Bảo hiểm xã hội (BHXH)", "cơ quan [Bảo hiểm xã hội (BHXH)] tỉnh"),
            examples!(json!({"short": "HTX", "long": "hợp tác xã"}) =>
                "hợp tác xã (HTX)", "thành lập [hợp tác xã (HTX)] nông nghiệp"),
            examples!(json!({"short": "ATGT", "long": "an toàn giao thông"}) =>
                "an toàn giao thông (ATGT)", "bảo đảm [an toàn giao thông (ATGT)] dịp lễ"),
        ],
        negatives: vec![
            "Hà Nội, ngày 5/6 - Thanh Tùng (TTXVN)",
            "(VOV) - Đây là một giải pháp được đưa ra tại hội nghị",
            "đập vỡ kính để trộm vàng và tiền (CATP)",
            "Lâm Trọng Tín (23 tuổi, ngụ quận Bình Tân, TPHCM)",
            "Nguyễn Văn A (SN 1990)",
            "ứng dụng markieting điện tử (E-Marketing)",
            "bướu mạch máu (Haemangioma)",
            "kiểu giày \"block heels\" (giày đế thô)",
            "bà Sơn, số nhà 1998 Quốc lộ 30, P.11 (TP.Cao Lãnh)",
            "Cơ quan CSĐT Công an Q. Thủ Đức (TP.HCM)",
            "Bệnh viện Bạch Mai (HN) tiếp nhận bệnh nhân",
            "các đội Phòng Cảnh sát PC&CC Cầu Giấy",
            "Đ/c Ngô Ngọc Anh (Phòng Chính trị)",
            "doanh thu tăng 20% (so với cùng kỳ)",
            "xem tiếp (Ảnh: TTXVN)",
            "gây thiệt hại lớn (NDHMoney)",
            "Bộ GD-ĐT đã ban hành thông tư. Ông Quang, Phó Vụ trưởng Vụ Kế hoạch tài chính (Bộ GD-ĐT) cho biết",
            "tỷ lệ 85% (cho NHTM) và 15% (cho VAMC) được đề xuất",
            "được chuyển về Bệnh viện Chợ Rẫy (TPHCM) điều trị",
            "ông Lai, Phó Giám đốc Trung tâm Thông tin tín dụng (NHNN) cho biết",
            "quỹ do Nhà nước quản lý (trụ cột I) và quỹ do tư nhân quản lý (trụ cột II) cùng tồn tại",
            "Hiệp định Kiểm dịch động, thực vật (SPS) khi cấm nhập",
            "Bộ Y tế đã chỉ đạo các bệnh viện.Ông Hùng, Cục trưởng Cục Quản lý khám chữa bệnh (Bộ Y tế) nói",
            "giá vàng (tăng nhẹ)",
            "ông Nguyễn Văn A (SN 1980)",
            "Hà Nội (ảnh)",
        ],
    }
}

#[test]
fn abbreviation_corpus() {
    check(corpus());
}
