//! The location corpus: the specification of the location rules (reference date 2023-05-24 18:20).
//!
//! Sentences written for this corpus; people in them are invented.

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Location,
        examples: vec![
            // Units with their unit word: the name without it, the province from the tables.
            examples!(json!({"name": "Lạc Dương", "level": "district", "province": "Lâm Đồng"}) =>
                "huyện Lạc Dương",
                "Công an [huyện Lạc Dương] vừa ra mắt mô hình mới.",
                "Đoàn công tác về thăm [Huyện Lạc Dương] hôm qua."),
            examples!(json!({"name": "Lạc Dương", "level": "town"}) =>
                "Đội PCCC tự quản [thị trấn Lạc Dương] được khen.",
                "thị trấn Lạc Dương"),
            examples!(json!({"name": "Đạ Sar", "level": "commune", "province": "Lâm Đồng"}) =>
                "xã Đạ Sar",
                "Người dân [xã Đạ Sar] thu hoạch cà phê."),
            examples!(json!({"name": "Lâm Đồng", "level": "province", "province": "Lâm Đồng"}) =>
                "tỉnh Lâm Đồng",
                "UBND [tỉnh Lâm Đồng] vừa phê duyệt đề án.",
                "Du khách đổ về [Lâm Đồng] dịp lễ."),
            examples!(json!({"name": "Đà Lạt", "level": "city", "province": "Lâm Đồng"}) =>
                "TP Đà Lạt",
                "TP.Đà Lạt",
                "Tp. Đà Lạt",
                "thành phố Đà Lạt",
                "Mưa lớn ở [TP Đà Lạt] gây ngập cục bộ."),
            examples!(json!({"name": "Hồ Chí Minh", "level": "province", "province": "Hồ Chí Minh"}) =>
                "TP.HCM",
                "TPHCM",
                "TP HCM",
                "Giá xăng tại [TP.HCM] giảm nhẹ.",
                "thành phố Hồ Chí Minh"),
            examples!(json!({"name": "Sài Gòn", "province": "Hồ Chí Minh"}) =>
                "Chợ đêm ở [Sài Gòn] đông khách."),
            examples!(json!({"name": "Hà Nội", "level": "province", "province": "Hà Nội"}) =>
                "Hà Nội",
                "Sở Y tế [Hà Nội] cho biết",
                "Đoàn đã đến [thành phố Hà Nội] sáng nay.",
                "Công an [thành phố hà nội]"),
            examples!(json!({"name": "Hà Nội"}) =>
                "Anh Lê Văn Khoa, trú tại Thanh Xuân, [HN] bị bắt."),
            examples!(json!({"name": "Việt Nam", "level": "country"}) =>
                "Việt Nam",
                "Du lịch [VN] thu hút khách quốc tế.",
                "Sản phẩm được xuất khẩu từ [Việt Nam] sang châu Âu."),
            // Districts and communes named bare: their province (or district) is named too.
            examples!(json!({"name": "Cầu Giấy", "level": "district", "province": "Hà Nội"}) =>
                "Phòng Cảnh sát PC&CC [Cầu Giấy] thắng giải, đội Hà Nội về nhì.",
                "Em Trần Thị Mơ, trú tại [Cầu Giấy], Hà Nội, đã được tìm thấy."),
            examples!(json!({"name": "Ứng Hòa", "level": "district", "province": "Hà Nội"}) =>
                "Đối tượng Nguyễn Văn Thông, trú tại [Ứng Hòa], Hà Nội, bị bắt giữ."),
            examples!(json!({"name": "Lạc Dương", "level": "district"}) =>
                "[Lạc Dương]: ra mắt mô hình tự quản. Công an huyện Lạc Dương cho biết thêm."),
            examples!(json!({"name": "Đạ Sar", "level": "commune", "province": "Lâm Đồng"}) =>
                "Huyện Lạc Dương có Chi hội Tin lành [Đạ Sar] tự quản."),
            examples!(json!({"name": "Phú Quốc", "province": "Kiên Giang"}) =>
                "Học sinh [huyện đảo Phú Quốc] dự thi tại chỗ.",
                "Kiên Giang đưa học sinh [Phú Quốc] vào đất liền."),
            examples!(json!({"name": "Sa Đéc", "level": "town", "province": "Đồng Tháp"}) =>
                "TX. Sa Đéc",
                "Mưa đá ở [thị xã Sa Đéc] làm hư hại lúa."),
            examples!(json!({"name": "Cao Lãnh", "level": "city", "province": "Đồng Tháp"}) =>
                "Cây đổ trên nhiều tuyến phố [TP.Cao Lãnh] sau cơn giông."),
            examples!(json!({"name": "Đắk Lắk", "level": "province"}) =>
                "Đắk Lắk"),
            // A variant spelling is kept as written; the tables still give what it is.
            examples!(json!({"name": "Dak Lak", "level": "province", "province": "Đắk Lắk"}) =>
                "Hai tỉnh Gia Lai và [Dak Lak] phối hợp tuần tra."),
            examples!(json!({"name": "Bà Rịa - Vũng Tàu", "level": "province"}) =>
                "tỉnh Bà Rịa - Vũng Tàu"),
            examples!(json!({"name": "Bình Tân", "level": "district", "province": "Hồ Chí Minh"}) =>
                "quận Bình Tân",
                "Cháy nhà dân ở [quận Bình Tân], TP.HCM."),
            // Numbered wards and districts keep their unit word.
            examples!(json!({"name": "Phường 1", "level": "ward"}) =>
                "P.1",
                "phường 1",
                "Nhà số 12 đường Trần Phú, [P.1], TP.Cao Lãnh bị tốc mái."),
            examples!(json!({"name": "Quận 1", "level": "district"}) =>
                "quận 1",
                "Q.1",
                "Trường tiểu học ở [quận 1], TP.HCM tổ chức lễ khai giảng."),
            examples!(json!({"name": "Hòa Cường Nam", "level": "ward"}) =>
                "P.Hòa Cường Nam",
                "phường Hòa Cường Nam"),
            examples!(json!({"name": "An Lạc A", "level": "ward"}) =>
                "phường An Lạc A"),
            // Villages, streets, lanes, roads, junctions, markets.
            examples!(json!({"name": "Ktu Hơ Moong", "level": "village"}) =>
                "làng Ktu Hơ Moong"),
            examples!(json!({"name": "Lê Lợi", "level": "place"}) =>
                "đường Lê Lợi",
                "Quán cà phê trên [đường Lê Lợi] đông khách."),
            examples!(json!({"name": "Huế", "level": "place"}) =>
                "Cửa hàng trên [phố Huế] mở cửa sớm."),
            examples!(json!({"name": "Đặng Văn Bình", "level": "place"}) =>
                "Cây đổ trên đường Đặng Văn Bình. Các tuyến như [Đặng Văn Bình] bị chặn."),
            examples!(json!({"name": "49 Lê Đình Thám"}) =>
                "hẻm 49 Lê Đình Thám",
                "Hai người bị bắt tại [hẻm 49 Lê Đình Thám] tối qua."),
            examples!(json!({"name": "Quốc lộ 32", "level": "place"}) =>
                "QL32",
                "Quốc lộ 32",
                "quốc lộ 32",
                "Tai nạn trên [QL 32] làm hai người bị thương."),
            examples!(json!({"name": "Quốc lộ 1A"}) =>
                "QL1A",
                "quốc lộ 1A"),
            examples!(json!({"name": "Tỉnh lộ 419"}) =>
                "tỉnh lộ 419",
                "TL419"),
            examples!(json!({"name": "Ô Chợ Dừa"}) =>
                "nút giao thông Ô Chợ Dừa"),
            examples!(json!({"name": "Nguyễn Lương Bằng"}) =>
                "Tổ công tác chốt tại nút giao thông Láng Hạ - [Nguyễn Lương Bằng] từ tối."),
            examples!(json!({"name": "Bình Điền"}) =>
                "chợ đầu mối Bình Điền"),
            // Natural places keep their generic word.
            examples!(json!({"name": "sông Tiền", "level": "place"}) =>
                "sông Tiền",
                "Sạt lở bờ [sông Tiền] đe dọa nhà dân."),
            examples!(json!({"name": "vịnh Hạ Long"}) =>
                "Du thuyền trên [vịnh Hạ Long] tăng giá."),
            examples!(json!({"name": "Lang Biang", "province": "Lâm Đồng"}) =>
                "Giáo xứ [Lang Biang] tổ chức lễ."),
            examples!(json!({"name": "khách sạn Thắng Lợi"}) =>
                "Hội nghị diễn ra tại [khách sạn Thắng Lợi] (Hà Nội)."),
            // Regions.
            examples!(json!({"name": "miền Bắc", "level": "place"}) =>
                "Không khí lạnh tràn về [miền Bắc]."),
            examples!(json!({"name": "Tây Nguyên"}) =>
                "Cà phê [Tây Nguyên] được giá."),
            examples!(json!({"name": "châu Âu"}) =>
                "châu Âu",
                "Hàng xuất sang [châu Âu] tăng mạnh."),
            examples!(json!({"name": "châu Á"}) =>
                "Đội xếp thứ 30 [khu vực châu Á]."),
            // The world: countries (a name that is also a word needs a place word before it).
            examples!(json!({"name": "Hàn Quốc", "level": "country"}) =>
                "Hàn Quốc",
                "Du học sinh tại [Hàn Quốc] tăng nhanh."),
            examples!(json!({"name": "Mỹ", "level": "country"}) =>
                "Giá vàng tăng vì căng thẳng giữa [Mỹ] và Iran.",
                "Bộ Nông nghiệp [Mỹ] vừa công bố báo cáo."),
            examples!(json!({"name": "Trung Quốc", "level": "country"}) =>
                "Trung Quốc"),
            examples!(json!({"name": "Pháp", "level": "country"}) =>
                "giải đấu hàng đầu của [Pháp]"),
            examples!(json!({"name": "Anh", "level": "country"}) =>
                "Lớp học miễn phí ở [Anh] thu hút trẻ em."),
            examples!(json!({"name": "Nga", "level": "country"}) =>
                "thương gia người [Nga]"),
            examples!(json!({"name": "Bồ Đào Nha", "level": "country"}) =>
                "Trung vệ người [Bồ Đào Nha] gia nhập đội bóng."),
            examples!(json!({"name": "Nhật Bản", "level": "country"}) =>
                "Nhật Bản"),
            // Foreign cities and states.
            examples!(json!({"name": "Tokyo", "level": "city"}) =>
                "Tokyo",
                "Đại sứ quán tại [Tokyo] thông báo."),
            examples!(json!({"name": "Quảng Châu", "level": "city"}) =>
                "Chị ấy thường đi [Quảng Châu] lấy hàng."),
            examples!(json!({"name": "Oregon"}) =>
                "Một trang trại ở [bang Oregon] phát hiện giống lúa lạ."),
            examples!(json!({"name": "Chicago"}) =>
                "Nhà phân tích của tập đoàn có trụ sở ở [Chicago] nhận định."),
            // Where someone lives or comes from, even when the tables do not know it.
            examples!(json!({"name": "Fengkai"}) =>
                "Bé gái sống tại [Fengkai] được phẫu thuật miễn phí."),
            examples!(json!({"name": "Trùng Khánh"}) =>
                "Anh Zhang Hongming, đến từ [Trùng Khánh], mắc bệnh hiếm."),
            // Unit words with their names, abbreviated units, roads and natural places.
            examples!(json!({"name": "Bà Rịa - Vũng Tàu", "level": "province"}) =>
                "Đoàn công tác đã làm việc tại [tỉnh Bà Rịa - Vũng Tàu] trong hai ngày."),
            examples!(json!({"name": "Đông Anh", "level": "district", "province": "Hà Nội"}) =>
                "Nhiều hộ dân ở [huyện Đông Anh] được hỗ trợ giống lúa."),
            examples!(json!({"name": "Gò Vấp", "level": "district", "province": "Hồ Chí Minh"}) =>
                "Vụ cháy xảy ra tại một căn nhà ở [quận Gò Vấp], TP.HCM."),
            examples!(json!({"name": "Hồ Chí Minh", "level": "province"}) =>
                "Giá nhà ở [TP.HCM] tiếp tục tăng.",
                "Đoàn từ [TP. Hồ Chí Minh] đến thăm bà con."),
            examples!(json!({"name": "Ấn Độ", "level": "country"}) =>
                "Các nhà đầu tư [Ấn Độ] quan tâm tới cảng biển nước sâu.",
                "Thủ tướng [Ấn Độ] sẽ thăm chính thức Thái Lan."),
            examples!(json!({"name": "Cà Mau", "level": "province"}) =>
                "Ngư dân [Cà Mau] trúng đậm mùa cá."),
            examples!(json!({"name": "Nhật Bản", "level": "country"}) =>
                "Doanh nghiệp [Nhật Bản] mở rộng đầu tư vào Việt Nam."),
            examples!(json!({"name": "Biển Đông", "level": "place"}) =>
                "Tàu cá của ngư dân bị tấn công trên [Biển Đông]."),
            examples!(json!({"name": "Tô Hiệu", "level": "place"}) =>
                "Cửa hàng trên [phố Tô Hiệu], quận Cầu Giấy, Hà Nội vừa khai trương."),
            examples!(json!({"name": "Trần Hưng Đạo"}) =>
                "Xe tải chết máy giữa [đường Trần Hưng Đạo] gây ùn tắc.",
                "Tiệm vàng ở số 20 [Đường Trần Hưng Đạo] bị trộm đột nhập."),
            examples!(json!({"name": "Thụy Khuê"}) =>
                "Anh ta thuê nhà ở [phố Thụy Khuê] từ năm ngoái."),
            examples!(json!({"name": "sông Mê Kông", "level": "place"}) =>
                "Mực nước [sông Mê Kông] xuống thấp kỷ lục."),
        ],
        negatives: vec![
            // A site's name, a monk's dharma name, a body's name.
            "Theo [SGTT.VN], giá xăng sẽ giảm.",
            "Hòa thượng Thích Nhuận [Pháp] đã viên tịch.",
            "Ông Dương Trung [Quốc] là nhà sử học.",
            "Bài viết trên báo [Tuổi Trẻ] gây chú ý.",
            "Tiền vệ [Đông Á] Thanh Hóa ghi bàn.",
            "[Nam] và bạn học cùng lớp.",
            // Words, not places.
            "Vấn đề an sinh xã hội được quan tâm.",
            "Xã hội ngày càng phát triển.",
            "Anh ấy đi học về muộn.",
            "[Pháp] luật nghiêm cấm hành vi này.",
            "[Mỹ] phẩm giả bị thu giữ.",
            "Em bé được bà ngoại đưa đi khám.",
            "Học [tiếng Anh] từ nhỏ giúp ích nhiều.",
            "Kịch bản [Ngày Mai] đã được duyệt.",
            "Ngân hàng liên bang [Đông Tiến] phá sản.",
            // People and bodies named after places or people are not places there.
            "Ca sĩ [Mỹ Linh] chọn thí sinh.",
            "Bà [Thanh Xuân] là giáo viên.",
            "Học sinh trường THPT [Nguyễn Trãi] đạt giải.",
            "Tổng thống [Hồ Chí Minh] là tên sai.",
            "Đoàn TNCS [Hồ Chí Minh] tổ chức lễ.",
            "Chủ tịch UBND thành phố [Nguyễn Văn Thành] yêu cầu báo cáo.",
            "[Hà Nội Mới] đăng tin này.",
            // Districts and communes need their province or district in the text.
            "Chị [Thanh Bình] đã về quê.",
            "Trận đấu kết thúc với tỉ số hòa, [Tân Phú] ghi bàn.",
            "Tỉnh Đoàn tổ chức hội trại.",
            "Huyện ủy chỉ đạo các xã.",
            "Trong lần trả lời gần đây, [Bằng] các biện pháp nghiệp vụ đã bắt được.",
            "Tên anh là [Vinh].",
            "Mẫu [VIET NAM] in trên áo.",
            "Website ghi [Vn] ở cuối.",
        ],
    }
}

#[test]
fn location_corpus() {
    check(corpus());
}
