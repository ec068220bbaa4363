//! The document corpus: the specification of the document rules (reference date 2023-05-24 18:20).
//!
//! A reference with a symbol is annotated by its symbol only (`09-CTr-BCA-MTTW`); one without a
//! symbol keeps its kind words (`Nghị quyết 57`, `Quyết định khởi tố bị can số: 01`), and the
//! later items of its list keep `số` where written (`02`, `số 04`).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Document,
        examples: [
            symbols(),
            party_and_press(),
            dispatches(),
            named(),
            provinces_and_ministries(),
        ]
        .into_iter()
        .flatten()
        .collect(),
        negatives: negatives(),
    }
}

/// `SERIAL/YEAR/KIND-ISSUER` and `SERIAL/KIND-ISSUER`, the forms of Decree 30/2020/NĐ-CP.
fn symbols() -> Vec<crate::facts::testing::Example> {
    vec![
        examples!(json!({"number": "100/2019/NĐ-CP", "serial": "100", "year": 2019, "kind_code": "NĐ",
            "kind": "Nghị định", "issuers": [{"code": "CP", "name": "Chính phủ"}]}) =>
            "100/2019/NĐ-CP",
            "xử phạt theo Nghị định [100/2019/NĐ-CP] của Chính phủ",
            "Nghị định số [100/2019/NĐ-CP] ngày 30/12/2019",
            "theo quy định tại nghị định [100/2019/NĐ-CP].",
            "căn cứ Nghị định số: [100/2019/NĐ-CP];",
            "Nghị định [100/2019/NĐ - CP] quy định mức phạt",
            "(theo [100/2019/NĐ-CP])"),
        examples!(json!({"number": "1234/QĐ-UBND", "serial": "1234", "year": null, "kind_code": "QĐ",
            "kind": "Quyết định", "issuers": [{"code": "UBND", "name": "Ủy ban nhân dân"}]}) =>
            "Quyết định số [1234/QĐ-UBND] của UBND tỉnh",
            "quyết định [1234/QĐ-UBND] về việc phê duyệt",
            "ban hành kèm theo Quyết định số [1234/QĐ-UBND] ngày 5/6/2022",
            "Quyết định phê duyệt quy hoạch số [1234/QĐ-UBND]",
            "Số: [1234/QĐ-UBND]",
            "Số:[1234/QĐ-UBND]"),
        examples!(json!({"number": "01/2011/TT-BNV", "year": 2011, "kind_code": "TT", "kind": "Thông tư",
            "issuers": [{"code": "BNV", "name": "Bộ Nội vụ"}]}) =>
            "Thông tư [01/2011/TT-BNV] hướng dẫn thể thức văn bản",
            "thông tư số [01/2011/TT-BNV]"),
        examples!(json!({"number": "01/2014/TTLT-BCA-BQP", "year": 2014, "kind_code": "TTLT",
            "kind": "Thông tư liên tịch", "issuers": [{"code": "BCA", "name": "Bộ Công an"},
            {"code": "BQP", "name": "Bộ Quốc phòng"}]}) =>
            "Thông tư liên tịch [01/2014/TTLT-BCA-BQP] giữa hai bộ",
            "thông tư liên tịch số [01/2014/TTLT-BCA-BQP]"),
        examples!(json!({"number": "12/2017/QH14", "serial": "12", "year": 2017, "kind_code": null,
            "kind": "Luật", "issuers": [{"code": "QH14", "name": "Quốc hội"}]}) =>
            "Luật số [12/2017/QH14] sửa đổi Bộ luật Hình sự"),
        examples!(json!({"number": "100/2015/QH13", "kind": "Bộ luật", "year": 2015}) =>
            "Bộ luật Hình sự số [100/2015/QH13]"),
        examples!(json!({"number": "02/NQ-CP", "serial": "02", "year": null, "kind_code": "NQ",
            "kind": "Nghị quyết", "issuers": [{"code": "CP", "name": "Chính phủ"}]}) =>
            "gói hỗ trợ trong Nghị quyết [02/NQ-CP] về tháo gỡ khó khăn",
            "Nghị quyết số [02/NQ-CP] ngày 7/1/2013",
            "[02/NQ-CP]"),
        examples!(json!({"number": "09/CT-TTg", "kind_code": "CT", "kind": "Chỉ thị",
            "issuers": [{"code": "TTg", "name": "Thủ tướng Chính phủ"}]}) =>
            "Thủ tướng vừa ban hành Chỉ thị số [09/CT-TTg] về phòng chống thiên tai",
            "chỉ thị [09/CT-TTg]"),
        examples!(json!({"number": "07/2013/TT-BGTVT", "kind": "Thông tư", "issuers": [{"code": "BGTVT",
            "name": "Bộ Giao thông vận tải"}]}) =>
            "Thông tư [07/2013/TT-BGTVT] về phí bảo trì đường bộ",
            "Bộ GTVT ban hành [07/2013/TT-BGTVT]"),
        examples!(json!({"number": "389/TB-UBND", "kind_code": "TB", "kind": "Thông báo"}) =>
            "theo thông báo số [389/TB-UBND] của huyện",
            "UBND tỉnh ra thông báo [389/TB-UBND]"),
        examples!(json!({"number": "15/KH-UBND", "kind_code": "KH", "kind": "Kế hoạch"}) =>
            "triển khai Kế hoạch số [15/KH-UBND] về chuyển đổi số",
            "theo [15/KH-UBND] của UBND thị xã"),
        examples!(json!({"number": "99/TTr-UBND", "kind_code": "TTr", "kind": "Tờ trình"}) =>
            "UBND huyện có tờ trình số [99/TTr-UBND] gửi Sở Tài chính"),
        examples!(json!({"number": "27/TB-BCA-C61", "kind_code": "TB", "issuers": [{"code": "BCA",
            "name": "Bộ Công an"}, {"code": "C61", "name": null}]}) =>
            "theo hướng dẫn tại Thông báo số [27/TB-BCA-C61] ngày 3/4/2013"),
        examples!(json!({"number": "30a/2008/NQ-CP", "serial": "30a", "year": 2008, "kind": "Nghị quyết"}) =>
            "các huyện nghèo theo Nghị quyết [30a/2008/NQ-CP]"),
        examples!(json!({"number": "2013/QĐ-UBND", "serial": "2013", "year": null, "kind": "Quyết định"}) =>
            "Quyết định số [2013/QĐ-UBND] về giá đất"),
        examples!(json!({"number": "03/2022/QĐ-UBND", "year": 2022, "kind": "Quy định"}) =>
            "Quy định ban hành kèm theo [03/2022/QĐ-UBND]"),
        examples!(json!({"number": "12/GP-UBND", "kind_code": "GP", "kind": "Giấy phép"}) =>
            "công ty được cấp Giấy phép khai thác khoáng sản số: [12/GP-UBND]"),
        examples!(json!({"number": "12/2013/PL-UBTVQH13", "kind": "Pháp lệnh", "issuers": [{"code": "UBTVQH13",
            "name": "Ủy ban Thường vụ Quốc hội"}]}) =>
            "Pháp lệnh số [12/2013/PL-UBTVQH13]"),
        examples!(json!({"number": "36/2013/HSST", "year": 2013, "kind_code": null, "issuers": [{"code": "HSST",
            "name": null}]}) =>
            "bản án hình sự sơ thẩm [36/2013/HSST]"),
        examples!(json!({"number": "185/QĐ-ATTP", "kind": "Quyết định", "issuers": [{"code": "ATTP", "name": null}]}) =>
            "Cục đã ra Quyết định số [185 /QĐ-ATTP] về việc thu hồi"),
        examples!(json!({"number": "15/2006/QĐ-BTC", "year": 2006, "kind": "Quyết định"}) =>
            "chế độ kế toán theo Quyết định [15/2006/ QĐ-BTC] của Bộ Tài chính"),
        examples!(json!({"number": "30-HD/BTCTW", "kind": "Hướng dẫn", "issuers": [{"code": "BTCTW",
            "name": "Ban Tổ chức Trung ương"}]}) =>
            "theo Hướng dẫn số [30 - HD/BTCTW] của Ban Tổ chức Trung ương"),
        examples!(json!({"number": "2653/2013/ATTP-XNCB", "kind_code": null, "kind": null}) =>
            "giấy tiếp nhận hồ sơ phù hợp quy định an toàn thực phẩm số [2653/2013/ATTP-XNCB]"),
        examples!(json!({"number": "1087/2012/YT-CNTC", "year": 2012, "kind": null}) =>
            "giấy chứng nhận tiêu chuẩn sản phẩm số [1087/2012/YT-CNTC]"),
    ]
}

/// The Party's `SERIAL-KIND/ISSUER` and the press's all-dash forms.
fn party_and_press() -> Vec<crate::facts::testing::Example> {
    vec![
        examples!(json!({"number": "09-CTr-BCA-MTTW", "serial": "09", "year": null, "kind_code": "CTr",
            "kind": "Chương trình", "issuers": [{"code": "BCA", "name": "Bộ Công an"},
            {"code": "MTTW", "name": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}]}) =>
            "09-CTr-BCA-MTTW",
            "thực hiện Chương trình phối hợp số [09-CTr-BCA-MTTW] ngày 01/8/2013 giữa Bộ Công an",
            "theo chương trình [09-CTr-BCA-MTTW]",
            "số [09-CTr-BCA-MTTW]"),
        examples!(json!({"number": "06/CTr-CA-MT", "serial": "06", "kind_code": "CTr", "kind": "Chương trình",
            "issuers": [{"code": "CA", "name": "Công an"}, {"code": "MT", "name": null}]}) =>
            "Chương trình phối hợp số [06/CTr-CA-MT] ngày 06/3/2014",
            "thực hiện [06/CTr-CA-MT] về phong trào"),
        examples!(json!({"number": "05-CT/TW", "serial": "05", "kind_code": "CT", "kind": "Chỉ thị",
            "issuers": [{"code": "TW", "name": "Ban Chấp hành Trung ương"}]}) =>
            "Chỉ thị [05-CT/TW] của Bộ Chính trị",
            "học tập theo Chỉ thị số [05-CT/TW]",
            "5 năm thực hiện [05-CT/TW]"),
        examples!(json!({"number": "57-NQ/TW", "serial": "57", "kind_code": "NQ", "kind": "Nghị quyết"}) =>
            "Nghị quyết số [57-NQ/TW] về đột phá phát triển khoa học",
            "nghị quyết [57-NQ/TW]"),
        examples!(json!({"number": "08-QĐi/TW", "kind_code": "QĐi", "kind": "Quy định"}) =>
            "Quy định [08-QĐi/TW] về trách nhiệm nêu gương",
            "theo [08-QĐi/TW] của Ban Chấp hành Trung ương"),
        examples!(json!({"number": "72-KL/TW", "kind_code": "KL", "kind": "Kết luận"}) =>
            "Kết luận số [72-KL/TW] của Bộ Chính trị"),
        examples!(json!({"number": "11-CT/TU", "kind": "Chỉ thị", "issuers": [{"code": "TU", "name": "Tỉnh ủy"}]}) =>
            "thực hiện Chỉ thị số [11-CT/TU] của Tỉnh ủy"),
        examples!(json!({"number": "158-QĐ/TW", "kind_code": "QĐ", "kind": "Quyết định"}) =>
            "theo Quyết định [158-QĐ/TW] của Ban Bí thư"),
        examples!(json!({"number": "12-HD/BTGTW", "kind_code": "HD", "kind": "Hướng dẫn",
            "issuers": [{"code": "BTGTW", "name": "Ban Tuyên giáo Trung ương"}]}) =>
            "Hướng dẫn số [12-HD/BTGTW] về việc học tập",
            "[12-HD/BTGTW]"),
        examples!(json!({"number": "27-2003-QD-TTG", "serial": "27", "year": 2003, "kind_code": "QĐ",
            "kind": "Quyết định", "issuers": [{"code": "TTG", "name": "Thủ tướng Chính phủ"}]}) =>
            "căn cứ Quyết định [27-2003-QD-TTG] để miễn nhiệm"),
        examples!(json!({"number": "97/2007/ND-CP", "kind_code": "NĐ", "kind": "Nghị định"}) =>
            "Nghị định [97/2007/ND-CP] đã hết hiệu lực"),
        examples!(json!({"number": "01/2008/NQLT-BCA-BQP-BNG", "kind_code": "NQLT", "kind": "Nghị quyết liên tịch",
            "issuers": [{"code": "BCA", "name": "Bộ Công an"}, {"code": "BQP", "name": "Bộ Quốc phòng"},
            {"code": "BNG", "name": "Bộ Ngoại giao"}]}) =>
            "Nghị quyết liên tịch số [01/2008/NQLT-BCA-BQP-BNG] về phối hợp"),
        examples!(json!({"number": "105-QĐ/TW", "kind": "Quy định"}) =>
            "Quy định số [105-QĐ/TW] về phân cấp quản lý cán bộ"),
        examples!(json!({"number": "01/CĐ-TTg", "kind_code": "CĐ", "kind": "Công điện"}) =>
            "Thủ tướng ký Công điện [01/CĐ-TTg] về phòng chống dịch", "[01/CĐ-TTg]"),
        examples!(json!({"number": "12/BC-UBND", "kind": "Báo cáo"}) =>
            "theo Báo cáo số [12/BC-UBND] của UBND huyện", "[12/BC-UBND] ngày 3/2"),
        examples!(json!({"number": "06/ĐA-UBND", "kind_code": "ĐA", "kind": "Đề án"}) =>
            "triển khai Đề án [06/ĐA-UBND]", "[06/ĐA-UBND]"),
        examples!(json!({"number": "3/PA-UBND", "kind": "Phương án"}) => "theo Phương án số [3/PA-UBND]"),
        examples!(json!({"number": "02/HD-BCA", "kind": "Hướng dẫn"}) => "[02/HD-BCA] của Bộ Công an"),
        examples!(json!({"number": "45/2019/TT-BTC", "year": 2019, "kind": "Thông tư",
            "issuers": [{"code": "BTC", "name": "Bộ Tài chính"}]}) =>
            "Thông tư số [45/2019/TT-BTC] ngày 19/7/2019", "theo [45/2019/TT-BTC]"),
        examples!(json!({"number": "03/NQ-HĐND", "kind": "Nghị quyết", "issuers": [{"code": "HĐND",
            "name": "Hội đồng nhân dân"}]}) =>
            "HĐND tỉnh thông qua Nghị quyết số [03/NQ-HĐND] về giá đất"),
        examples!(json!({"number": "12/KH-BCĐ", "kind": "Kế hoạch", "issuers": [{"code": "BCĐ", "name": null}]}) =>
            "Kế hoạch [12/KH-BCĐ] của Ban Chỉ đạo"),
    ]
}

/// Dispatches (`công văn`) written `SERIAL/ISSUER-UNIT`, and symbols after a kind word.
fn dispatches() -> Vec<crate::facts::testing::Example> {
    vec![
        examples!(json!({"number": "123/UBND-VX", "serial": "123", "kind_code": null, "kind": "Công văn",
            "issuers": [{"code": "UBND", "name": "Ủy ban nhân dân"}, {"code": "VX", "name": null}]}) =>
            "Công văn số [123/UBND-VX] về công tác y tế",
            "công văn [123/UBND-VX]"),
        examples!(json!({"number": "612/UBND-TNMT", "kind": null}) =>
            "chúng tôi nhận được [612/UBND-TNMT] của UBND quận",
            "văn bản số [612/UBND-TNMT]"),
        examples!(json!({"number": "2998/BGDĐT-KTKĐCLGD", "kind": "Công văn",
            "issuers": [{"code": "BGDĐT", "name": "Bộ Giáo dục và Đào tạo"}, {"code": "KTKĐCLGD", "name": null}]}) =>
            "Bộ GD&ĐT đã có Công văn số [2998/BGDĐT-KTKĐCLGD] gửi các sở"),
        examples!(json!({"number": "6648/BTC-TCHQ", "kind": "Công văn"}) =>
            "Bộ Tài chính vừa có Công văn số [6648/BTC-TCHQ] chỉ đạo Tổng cục Hải quan"),
        examples!(json!({"number": "4023/GTCC-VTCN", "kind": null, "issuers": [{"code": "GTCC", "name": null},
            {"code": "VTCN", "name": null}]}) =>
            "cần nhắc lại văn bản số [4023/GTCC-VTCN] của Sở",
            "Sở có văn bản [4023/GTCC-VTCN] ngày 12/3"),
        examples!(json!({"number": "1477/BHXH-CSXH", "kind": "Công văn"}) =>
            "theo mục 3 Công văn số [1477/BHXH-CSXH]"),
        examples!(json!({"number": "299/TTg", "kind_code": null, "kind": "Chỉ thị",
            "issuers": [{"code": "TTg", "name": "Thủ tướng Chính phủ"}]}) =>
            "đăng ký đo đạc theo Chỉ thị [299/TTg] năm 1980"),
        examples!(json!({"number": "299/TTg", "kind": null}) => "theo [299/TTg]", "299/TTg"),
        examples!(json!({"number": "406/CP", "kind": "Chỉ thị"}) => "Chỉ thị [406/CP] về cấm đốt pháo"),
        examples!(json!({"number": "106/DSPT", "kind": "Bản án"}) =>
            "UBND huyện dựa vào Bản án số [106/DSPT] của tòa"),
        examples!(json!({"number": "780/NHNN", "kind": "Quyết định"}) =>
            "Quyết định số [780/NHNN] về phân loại nợ"),
        examples!(json!({"number": "405/SGDĐT", "issuers": [{"code": "SGDĐT", "name": "Sở Giáo dục và Đào tạo"}]}) =>
            "Sở có văn bản số [405/SGDĐT] hướng dẫn các trường"),
        examples!(json!({"number": "12/QĐ", "kind_code": "QĐ", "issuers": []}) =>
            "theo Quyết định số [12/QĐ] của giám đốc"),
        examples!(json!({"number": "45/CĐ-UBND", "kind": "Công điện"}) =>
            "Chủ tịch tỉnh ký Công điện số [45/CĐ-UBND] về ứng phó bão"),
    ]
}

/// References by number alone after their kind, and the lists that follow them.
fn named() -> Vec<crate::facts::testing::Example> {
    vec![
        examples!(json!({"number": "57", "serial": "57", "year": null, "kind_code": null, "kind": "Nghị quyết",
            "issuers": []}) =>
            "Nghị quyết 57",
            "tinh thần [Nghị quyết 57] của Bộ Chính trị",
            "[Nghị quyết số 57] về khoa học công nghệ",
            "thực hiện [nghị quyết số 57], tỉnh đã"),
        examples!(json!({"number": "16", "kind": "Chỉ thị"}) =>
            "giãn cách theo [Chỉ thị 16] của Thủ tướng",
            "[Chỉ thị 16]."),
        examples!(json!({"number": "100", "kind": "Nghị định"}) =>
            "mức phạt theo [Nghị định 100] tăng mạnh",
            "[Nghị định 100] quy định"),
        examples!(json!({"number": "01", "kind": "Quyết định"}) =>
            "theo [Quyết định khởi tố vụ án hình sự số: 01] ngày 23/4/2012",
            "[Quyết định khởi tố bị can số: 01]",
            "[Quyết định xử phạt vi phạm hành chính số 01] của Công an huyện",
            "[quyết định số 01] ngày 3/5"),
        examples!(json!({"number": "02", "kind": "Quyết định", "issued": "2012-04-23"}) =>
            "các Quyết định khởi tố bị can số: 01, [02], 03, ngày 23/4/2012;"),
        examples!(json!({"number": "01", "kind": "Quyết định", "issued": "2012-04-23"}) =>
            "các [Quyết định khởi tố bị can số: 01], 02, 03, ngày 23/4/2012;"),
        examples!(json!({"number": "06", "issued": "2012-05-07"}) =>
            "Quyết định khởi tố bị can số 05 ngày 15/5/2012; [số 06], 07 ngày 07/05/2012 và số 01"),
        examples!(json!({"number": "12", "issued": "2013-03-01"}) =>
            "[Công văn số 12] ngày 1 tháng 3 năm 2013 của Sở"),
        examples!(json!({"number": "03", "kind": "Quyết định"}) =>
            "các Quyết định khởi tố bị can số: 01, 02, [03], ngày 23/4/2012;"),
        examples!(json!({"number": "04", "kind": "Quyết định"}) =>
            "Quyết định khởi tố bị can số: 01, 02 ngày 23/4/2012; [số 04] ngày 7/5/2012; số 05",
            "Quyết định truy nã số 03 và [số 04] của Công an tỉnh"),
        examples!(json!({"number": "07", "kind": "Quyết định"}) =>
            "Quyết định khởi tố bị can số 05 ngày 15/5/2012; số 06, [07] ngày 07/05/2012 và số 01"),
        examples!(json!({"number": "15", "kind": "Kế hoạch"}) =>
            "triển khai [Kế hoạch số 15] của UBND huyện",
            "[kế hoạch số 15]"),
        examples!(json!({"number": "12", "kind": "Công văn"}) =>
            "theo [Công văn 12] của Sở",
            "[công văn số 12] ngày 1/3/2023"),
        examples!(json!({"number": "11/2012", "serial": "11", "year": 2012, "kind": "Nghị quyết"}) =>
            "thực hiện [Nghị quyết 11/2012] của Chính phủ"),
        examples!(json!({"number": "72", "kind": "Kết luận"}) => "triển khai [Kết luận 72] của Bộ Chính trị"),
        examples!(json!({"number": "09", "kind": "Chương trình"}) =>
            "[Chương trình phối hợp số 09] giữa hai ngành"),
        examples!(json!({"number": "35", "kind": "Bản án"}) => "theo [bản án số 35] của Tòa án"),
        examples!(json!({"number": "5", "kind": "Luật"}) => "[Luật số 5] năm 1998"),
        examples!(json!({"number": "30a", "kind": "Nghị quyết"}) => "các huyện theo [Nghị quyết 30a]"),
        examples!(json!({"number": "02", "kind": "Thông tư"}) =>
            "các ngân hàng chưa dám triển khai [thông tư 02] ngay",
            "nợ xấu khó hoạt động[Thông tư 02] về phân loại nợ"),
        examples!(json!({"number": "2061", "kind": "Quyết định"}) =>
            "UBND thị xã có [quyết định 2061] (16/4/2013), có đoạn",
            "theo [quyết định 2061] của UBND thị xã"),
        examples!(json!({"number": "98", "kind": "Kế hoạch"}) =>
            "kiểm soát theo [Kế hoạch 98] ngày 22-6-2012 của Tổng cục",
            "theo [Kế hoạch 98] của Tổng cục"),
        examples!(json!({"number": "33", "kind": "Quyết định", "kind_code": null}) =>
            "hỗ trợ đất sản xuất theo [QĐ 33] của Thủ tướng",
            "[QĐ số 33]"),
        examples!(json!({"number": "100", "kind": "Nghị định"}) => "phạt theo [NĐ 100]"),
        examples!(json!({"number": "31", "kind": "Sắc lệnh"}) => "Chủ tịch Hồ Chí Minh ký [Sắc lệnh số 31]"),
        examples!(json!({"number": "58", "kind": "Quyết định"}) =>
            "Cơ quan CSĐT đã ra [quyết định khởi tố vụ án số 58] về tội cướp tài sản"),
        examples!(json!({"number": "03", "year": null, "kind": "Nghị định"}) =>
            "vùng an toàn theo [Nghị định 03] năm 2002 của Chính phủ"),
    ]
}

fn negatives() -> Vec<&'static str> {
    vec![
        // dates, times and periods
        "ngày 01/8/2013",
        "tháng 5/2023",
        "giai đoạn 2014-2023",
        "18:20, 24/05/2023",
        "(6-1973/6-2013)",
        // numbers that are something else
        "24/34 khu dân cư",
        "0912.345.678",
        "0011002643148-Bank",
        "biển số 29A-123.45",
        "xe mang biển kiểm soát 51F-678.90",
        "trận đấu kết thúc với tỷ số 3-1",
        "thắng 7-6, 6-4, 7-6",
        "phiên bản iOS 16.5",
        // product codes, models, viruses, standards
        "mẫu Puma 2T-MB được ưa chuộng",
        "chiếc BMW 7-Series thế hệ mới",
        "tàu khu trục Type 052C/D",
        "lốp 80/90 - 16M/C",
        "hộp số 7G-TRONIC",
        "phòng chống dịch COVID-19",
        "các ca F0 tại nhà",
        "chủng cúm A/H5N1",
        "máy bay Su-30MK2",
        "chứng nhận ISO 9001:2008",
        "theo QCVN 31:2011/BGTVT về thiết bị giám sát",
        "chuyên án 412-LV",
        "Phòng Cảnh sát PC&CC Cầu Giấy",
        // the site's licence in its footer
        "Giấy phép số: 636/GP-BTTTT của Bộ Thông tin và Truyền thông",
        "Giấy phép ICP số: 41/GP-TTĐT.",
        // addresses
        "nhà [số 12/34] Lê Lợi",
        "số 45/A Lê Lợi",
        "ở hẻm 5/12B Nguyễn Trãi",
        "quận 10-TP.HCM",
        // laws and programmes without a number
        "theo Điều 87 Bộ luật hình sự",
        "theo điều 36, 166 và 167 Bộ luật Tố tụng hình sự",
        "thực hiện Luật phòng chống tác hại thuốc lá",
        "Nghị quyết Trung ương 4 khóa XII",
        "Luật Đất đai 2013",
        "kế hoạch 5 năm",
        "Quyết định 2 năm tù giam",
        "HLV quyết định thay 3 cầu thủ",
        "công ty thông báo 3 trường hợp",
        "Ban chỉ đạo 09 tỉnh Hòa Bình",
        "chương trình 135",
        "đã quyết định mặc áo số 10",
        "quy định 5 nhóm đối tượng",
        "kết luận 3 nội dung",
        "Nghị quyết 57 điểm",
        "Quốc hội sẽ xem xét, quyết định 4 nội dung quan trọng",
        "đội bóng quyết định 10 cầu thủ dự bị",
        "Kế hoạch 5 năm 2021-2025",
        "Chương trình 2 nhằm triển khai chăm sóc sức khỏe",
        "Chương trình được quay số 2 đợt",
        "Tôi được hướng dẫn đến quầy số 7",
        "thửa đất số 12, tờ bản đồ số 5",
        "(QCVN 4-12: 2010/BYT)",
        "ngày [20/11/2019] khai giảng",
        "giành [3/5] huy chương",
        "số nhà [12/3] đường Hùng Vương",
        "gọi [0263.3822.123] để được hỗ trợ",
        "phiên bản [2.3.1] của ứng dụng",
        "Quốc lộ [20] đoạn qua Bảo Lộc",
    ]
}

/// Documents of ministries, provinces and the National Assembly, with and without a symbol.
fn provinces_and_ministries() -> Vec<crate::facts::testing::Example> {
    vec![
        examples!(json!({"number": "15/2020/NĐ-CP", "serial": "15", "year": 2020, "kind_code": "NĐ", "kind": "Nghị định"}) =>
            "Nghị định [15/2020/NĐ-CP] của Chính phủ", "xử phạt theo Nghị định số [15/2020/NĐ-CP]",
            "quy định tại [15/2020/NĐ-CP]"),
        examples!(json!({"number": "1563/QĐ-UBND", "serial": "1563", "kind_code": "QĐ", "kind": "Quyết định", "issued": "2022-07-12"}) =>
            "Quyết định số [1563/QĐ-UBND] ngày 12/7/2022 của UBND tỉnh",
            "theo Quyết định [1563/QĐ-UBND] ngày 12-7-2022"),
        examples!(json!({"number": "36/2018/TT-BCA", "year": 2018, "kind": "Thông tư", "issuers": [{"code": "BCA", "name": "Bộ Công an"}]}) =>
            "Thông tư [36/2018/TT-BCA]", "theo Thông tư số [36/2018/TT-BCA] của Bộ Công an"),
        examples!(json!({"number": "18/CT-TTg", "serial": "18", "kind_code": "CT", "kind": "Chỉ thị"}) =>
            "Chỉ thị [18/CT-TTg] của Thủ tướng", "thực hiện Chỉ thị số [18/CT-TTg]"),
        examples!(json!({"number": "45/KH-UBND", "kind": "Kế hoạch", "issued": "2023-03-03"}) =>
            "Kế hoạch số [45/KH-UBND] ngày 3/3/2023", "ban hành Kế hoạch [45/KH-UBND] ngày 03/3/2023"),
        examples!(json!({"number": "128", "kind": "Nghị quyết", "year": null}) =>
            "Nghị quyết 128", "thực hiện [Nghị quyết 128] của Chính phủ"),
        examples!(json!({"number": "15", "kind": "Chỉ thị"}) =>
            "Chỉ thị 15", "giãn cách theo [Chỉ thị 15] từ"),
        examples!(json!({"number": "30/2021/QH15", "serial": "30", "year": 2021}) =>
            "Nghị quyết số [30/2021/QH15] của Quốc hội", "Nghị quyết [30/2021/QH15]"),
        examples!(json!({"number": "12-NQ/TW", "serial": "12", "kind_code": "NQ", "kind": "Nghị quyết"}) =>
            "Nghị quyết [12-NQ/TW] của Ban Chấp hành Trung ương", "Nghị quyết số [12-NQ/TW]"),
        examples!(json!({"number": "2345/BGDĐT-GDTrH", "serial": "2345", "kind": "Công văn"}) =>
            "Công văn số [2345/BGDĐT-GDTrH] của Bộ", "công văn [2345/BGDĐT-GDTrH] hướng dẫn"),
    ]
}

#[test]
fn document_corpus() {
    crate::facts::testing::check(corpus());
}
