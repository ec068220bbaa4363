//! The organization corpus: the specification of the organization rules (reference date 2023-05-24 18:20).
//!
//! Every line is written for this corpus, modelled on how the Vietnamese press names bodies.

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Organization,
        examples: vec![
            // Police, with a place, alone, elliptic and as a sub-unit of a city police.
            examples!(json!({"name": "Công an huyện Đức Trọng", "category": "police", "level": "district", "place": "Đức Trọng"}) =>
                "Sáng 3/6, [Công an huyện Đức Trọng] đã bàn giao đối tượng.",
                "Công an huyện Đức Trọng"),
            examples!(json!({"name": "Công an tỉnh Gia Lai", "category": "police", "level": "province"}) =>
                "Lực lượng [Công an tỉnh Gia Lai] đã triệt phá đường dây.",
                "[CA tỉnh Gia Lai] cho biết vụ việc đang được điều tra."),
            examples!(json!({"name": "Công an", "category": "police", "level": null}) =>
                "Người dân đã cung cấp cho cơ quan [Công an] nhiều tin báo."),
            examples!(json!({"name": "Công an tỉnh Lâm Đồng", "category": "police", "level": "province", "place": "Lâm Đồng"}) =>
                "Tại tỉnh Lâm Đồng, năm qua [Công an tỉnh] đã phối hợp tốt với các ngành."),
            examples!(json!({"name": "Phòng Cảnh sát giao thông Công an thành phố Đà Nẵng", "category": "police", "place": "Đà Nẵng"}) =>
                "Đội tuyển [Phòng CSGT CATP Đà Nẵng] giành giải nhất."),
            examples!(json!({"category": "police"}) =>
                "[Phòng Cảnh sát PC&CC Thanh Xuân] tổ chức diễn tập.",
                "Ông được điều về [Đội Cảnh sát hình sự] từ năm ngoái.",
                "Chị Lan ([Phòng Hướng dẫn về chữa cháy và cứu nạn, cứu hộ]) về nhì.",
                "[Sở Cảnh sát PCCC&CNCH TP Hà Nội] kiểm tra an toàn các chung cư.",
                "Vụ việc được chuyển cho [Trung đoàn CSCĐ CATP Hải Phòng] xử lý.",
                "Đêm qua, [tổ công tác K9/113] đã tạm giữ hai xe máy.",
                "[Cục Cảnh sát giao thông] vừa ban hành kế hoạch cao điểm."),
            examples!(json!({"name": "Bộ Công an", "category": "police", "level": "central"}) =>
                "Thứ trưởng [Bộ Công an] làm trưởng đoàn.",
                "[Bộ Công an] đề nghị các địa phương phối hợp."),
            // Government: ministries, departments, people's committees and councils.
            examples!(json!({"name": "Bộ Tài chính", "category": "government", "level": "central"}) =>
                "Theo [Bộ Tài chính], thu ngân sách đã đạt 40% dự toán."),
            examples!(json!({"name": "Bộ Nông nghiệp và Phát triển nông thôn", "level": "central"}) =>
                "[Bộ Nông nghiệp và Phát triển nông thôn] khuyến cáo nông dân.",
                "Văn bản của [Bộ NN&PTNT] gửi các tỉnh phía Nam."),
            examples!(json!({"name": "Bộ Văn hóa, Thể thao và Du lịch"}) =>
                "Lãnh đạo [Bộ Văn hóa, Thể thao và Du lịch] dự lễ khai mạc."),
            examples!(json!({"name": "Sở Giáo dục và Đào tạo Quảng Nam", "category": "education", "level": "province"}) =>
                "[Sở Giáo dục và Đào tạo Quảng Nam] công bố điểm thi.",
                "[Sở GD-ĐT Quảng Nam] công bố điểm thi."),
            examples!(json!({"name": "Sở Giáo dục - Đào tạo Quảng Nam", "category": "education"}) =>
                "[Sở Giáo dục - Đào tạo Quảng Nam] công bố điểm thi."),
            examples!(json!({"name": "Sở Y tế", "category": "health", "level": "province"}) =>
                "Bệnh viện sẽ báo cáo vụ việc lên [Sở Y tế] trong tuần."),
            examples!(json!({"name": "Ủy ban nhân dân huyện Lạc Dương", "category": "government", "level": "district", "place": "Lạc Dương"}) =>
                "Chủ tịch [UBND huyện Lạc Dương] trao giấy khen.",
                "Chủ tịch [Ủy ban nhân dân huyện Lạc Dương] trao giấy khen.",
                "Chủ tịch [Uỷ ban nhân dân huyện Lạc Dương] trao giấy khen."),
            examples!(json!({"name": "Ủy ban nhân dân huyện Bảo Lâm", "level": "district", "place": "Bảo Lâm"}) =>
                "Người dân huyện Bảo Lâm phấn khởi. Chủ tịch [UBND huyện] đến thăm."),
            examples!(json!({"name": "Ủy ban nhân dân thành phố Hà Nội", "level": "province", "place": "Hà Nội"}) =>
                "Chủ tịch [UBND thành phố Hà Nội] Nguyễn Văn A chủ trì cuộc họp.",
                "Chủ tịch [UBND TP Hà Nội] chủ trì cuộc họp."),
            examples!(json!({"name": "Ủy ban nhân dân xã Đạ Sar", "level": "commune"}) =>
                "Tại trụ sở [UBND xã Đạ Sar], huyện Lạc Dương, phiên tòa đã mở."),
            examples!(json!({"name": "Hội đồng nhân dân tỉnh Bình Định", "category": "government", "level": "province"}) =>
                "Kỳ họp thứ 6 [HĐND tỉnh Bình Định] khai mạc sáng nay."),
            examples!(json!({"name": "Chính phủ", "category": "government", "level": "central"}) =>
                "Nghị định của [Chính phủ] có hiệu lực từ tháng 7."),
            examples!(json!({"name": "Chính phủ Nhật Bản"}) =>
                "[Chính phủ Nhật Bản] công bố gói kích thích mới."),
            examples!(json!({"name": "Ủy ban Tài chính ngân sách Quốc hội"}) =>
                "Báo cáo của [Ủy ban Tài chính ngân sách Quốc hội] nêu rõ."),
            examples!(json!({"name": "Tổng cục Du lịch Việt Nam", "level": "central"}) =>
                "Nhân dịp này, [Tổng cục Du lịch Việt Nam] đã khai trương trang web."),
            examples!(json!({"name": "Chi cục Thủy sản thành phố Cần Thơ", "place": "Cần Thơ"}) =>
                "[Chi cục Thủy sản TP Cần Thơ] phối hợp với nông dân."),
            examples!(json!({"name": "Ngân hàng Nhà nước", "category": "government"}) =>
                "[Ngân hàng Nhà nước] giảm lãi suất điều hành.",
                "[NHNN] giảm lãi suất điều hành."),
            examples!(json!({"name": "Bảo hiểm xã hội Thành phố Hồ Chí Minh", "place": "Hồ Chí Minh"}) =>
                "Phó giám đốc [BHXH TP.HCM] cho biết như vậy."),
            examples!(json!({"name": "Cục Dự trữ Liên bang Mỹ"}) =>
                "Chủ tịch [Cục Dự trữ Liên bang Mỹ] (Fed) phát biểu."),
            // Courts and procuracies.
            examples!(json!({"name": "Tòa án nhân dân tỉnh Gia Lai", "category": "court", "level": "province"}) =>
                "[Tòa án nhân dân tỉnh Gia Lai] mở phiên tòa lưu động.",
                "[TAND tỉnh Gia Lai] mở phiên tòa lưu động."),
            examples!(json!({"name": "Tòa án nhân dân Thành phố Hồ Chí Minh", "category": "court"}) =>
                "Ngày 27-5, [TAND TPHCM] đưa vụ án ra xét xử.",
                "Ngày 27-5, [TAND TP.HCM] đưa vụ án ra xét xử."),
            examples!(json!({"name": "Tòa án nhân dân Đà Nẵng", "category": "court", "place": "Đà Nẵng"}) =>
                "Hôm qua [TAND Đà Nẵng] tuyên án."),
            examples!(json!({"category": "procuracy"}) =>
                "[VKSND khu vực 3 - TP.HCM] đã kháng nghị bản án.",
                "[Viện kiểm sát nhân dân huyện Di Linh] truy tố bị can."),
            // Party, Front, unions and associations.
            examples!(json!({"name": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "category": "front"}) =>
                "Công an huyện cùng [Ban Thường trực Ủy ban MTTQ Việt Nam huyện] tổ chức hội nghị."),
            examples!(json!({"name": "Ủy ban Mặt trận Tổ quốc huyện", "category": "front"}) =>
                "Công an và [Ủy ban MTTQ huyện] ký kết chương trình."),
            examples!(json!({"name": "Tỉnh ủy Lâm Đồng", "category": "party", "level": "province"}) =>
                "Bí thư [Tỉnh ủy Lâm Đồng] làm việc với huyện."),
            examples!(json!({"name": "Đảng", "category": "party"}) =>
                "Thắng lợi đó là của [Đảng] ta và nhân dân ta."),
            examples!(json!({"name": "Bộ Chính trị", "category": "party", "level": "central"}) =>
                "[Bộ Chính trị] ban hành kết luận về công tác cán bộ."),
            examples!(json!({"name": "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "category": "union"}) =>
                "Hội thảo do [Trung ương Đoàn TNCS Hồ Chí Minh] tổ chức."),
            examples!(json!({"category": "union"}) =>
                "[Liên đoàn Lao động tỉnh Đắk Lắk] thăm hỏi công nhân.",
                "Vai trò của [Đoàn thanh niên] trong phong trào."),
            examples!(json!({"category": "union"}) =>
                "[Hội Nông dân tỉnh Lâm Đồng] tổ chức tập huấn.",
                "Chủ tịch [Hội Cựu chiến binh xã Lát] phát biểu."),
            examples!(json!({"name": "Hiệp hội Du lịch Việt Nam", "category": "association"}) =>
                "[Hiệp hội Du lịch Việt Nam] đề xuất giảm phí."),
            // Schools and hospitals.
            examples!(json!({"name": "Trường Trung học phổ thông Chu Văn An", "category": "education"}) =>
                "Học sinh [Trường THPT Chu Văn An] đạt giải cao.",
                "Em Minh, [trường THPT Chu Văn An] chia sẻ."),
            examples!(json!({"category": "education"}) =>
                "Buổi lễ tại [Trường tiểu học Kim Đồng] (quận 3) diễn ra trang trọng.",
                "Thí sinh dự thi tại hai hội đồng [THPT Bảo Lộc] và THPT Lộc Thanh.",
                "Giáo sư [Đại học Harvard] cho biết.",
                "Sinh viên [Học viện Ngoại giao] tham gia.",
                "Theo [Ban giám hiệu Trường THPT huyện Cát Hải], các em đều có mặt.",
                "Em học chuyên Anh [trường Hà Nội - Amsterdam] từ lớp 10."),
            examples!(json!({"name": "Bệnh viện Bạch Mai", "category": "health"}) =>
                "Bệnh nhân được chuyển lên [Bệnh viện Bạch Mai] cấp cứu.",
                "Bệnh nhân được chuyển lên [BV Bạch Mai] cấp cứu."),
            examples!(json!({"category": "health"}) =>
                "[Bệnh viện đa khoa tỉnh Sóc Trăng] tiếp nhận bệnh nhân.",
                "Bác sĩ Hà, Trưởng [khoa Ngoại Tim mạch], trực tiếp mổ.",
                "Bệnh nhi đang điều trị tại [Bệnh viện Nhi Trung ương] đã ổn định.",
                "Bác sĩ [Bệnh viện 108] đã hội chẩn."),
            // Companies, banks and groups.
            examples!(json!({"name": "Công ty cổ phần Sữa Cao Nguyên", "category": "business"}) =>
                "[Công ty CP Sữa Cao Nguyên] vừa khánh thành nhà máy."),
            examples!(json!({"category": "business"}) =>
                "Hợp đồng ký với [Cty Bình Minh Xanh] năm ngoái.",
                "[Tập đoàn Điện lực Việt Nam] tăng giá điện.",
                "Khách hàng của [Viettel] tăng mạnh.",
                "Cổ phiếu [Vinamilk] tăng trần.",
                "Nhà phân tích của hãng [Goldman Sachs] dự báo.",
                "Sản phẩm mới của [Apple] ra mắt tháng 9."),
            examples!(json!({"name": "Công ty Ewos Việt Nam", "category": "business", "level": null}) =>
                "Trại cá hợp tác với Cty Ewos Việt Nam. Thức ăn [Ewos] được dùng."),
            // Religious bodies and self-managed teams.
            examples!(json!({"name": "Giáo xứ Lang Biang", "category": "religious"}) =>
                "Mô hình [Giáo xứ Lang Biang] an toàn về an ninh, trật tự."),
            examples!(json!({"name": "Chi hội Tin lành Đạ Sar", "category": "religious"}) =>
                "Mô hình [Chi hội Tin lành Đạ Sar] an toàn về an ninh."),
            examples!(json!({"name": "Đội Phòng cháy chữa cháy tự quản thị trấn Lạc Dương"}) =>
                "Mô hình [Đội PCCC tự quản thị trấn Lạc Dương] hoạt động tốt."),
            // Military.
            examples!(json!({"category": "military"}) =>
                "Chính ủy [Quân khu 7] dự lễ.",
                "Tàu của [Trung đoàn 171 Hải quân] rà phá thủy lôi.",
                "Thiếu tá Hà, cán bộ [Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh], được khen.",
                "[Bộ Tư lệnh Quân chủng Hải quân] gặp mặt báo chí.",
                "Sức mạnh của [Hải quân nhân dân Việt Nam] ngày càng lớn.",
                "[Bộ Quốc phòng] tặng bằng khen."),
            // Outlets credited in the text, and international bodies.
            examples!(json!({"name": "Thông tấn xã Việt Nam", "category": "other"}) =>
                "Phóng viên [TTXVN] tại Paris đưa tin.",
                "Tin bài: Minh Hà ([TTXVN])"),
            examples!(json!({"category": "other"}) =>
                "([VOV]) - Sáng nay, hội nghị đã khai mạc.",
                "[QĐND] - Sáng 30-5, Bộ Quốc phòng tổ chức hội nghị.",
                "([Dân Việt]) - Nhiều hộ dân phấn khởi.",
                "Theo [Reuters], giá dầu tăng mạnh.",
                "Theo báo [Tuổi Trẻ], vụ việc xảy ra hôm qua.",
                "Theo [Bloomberg Businessweek], cổ phiếu đã tăng.",
                "Ông kể với tờ [The Guardian] như vậy.",
                "Ảnh: [Getty Images].",
                "Bức ảnh được [Liên Hợp Quốc] công bố."),
            examples!(json!({"name": "Bộ Nông nghiệp Mỹ", "category": "government"}) =>
                "[Bộ Nông nghiệp Mỹ] (USDA) cho biết như vậy.",
                "Bộ Nông nghiệp Mỹ (USDA) cho biết như vậy. Các quan chức [USDA] lo ngại."),
            examples!(json!({"category": "health"}) =>
                "Theo ước tính của [Tổ chức y tế Thế giới], tỷ lệ hút thuốc giảm."),
            // Sport clubs named after their city count in a sport article only.
            examples!(json!({"name": "Barcelona", "category": "association"}) =>
                "Tiền đạo của [Barcelona] ghi hai bàn thắng, cầu thủ này đang được HLV tin dùng."),
            // The outlet line and the tags of a crawled text.
            examples!(json!({"category": "other"}) =>
                "Tiêu đề\nNội dung.\n27/05/13 08:35 GMT+7\nXã hội\nHọc sinh,Thi cử\n[Tiền Phong]"),
            examples!(json!({"category": "police"}) =>
                "Tiêu đề\nNội dung.\n27/05/13 08:35 GMT+7\nPháp luật\nCảnh sát,[Công an thành phố đà nẵng],Bắt giữ\nCAND"),
            // Places with a word that elsewhere opens a sentence, dotted unit abbreviations,
            // elliptic city bodies and the National Assembly's committees.
            examples!(json!({"name": "Cơ quan Cảnh sát điều tra Công an tỉnh Bà Rịa - Vũng Tàu", "category": "police", "place": "Bà Rịa - Vũng Tàu"}) =>
                "[Cơ quan CSĐT Công an tỉnh Bà Rịa - Vũng Tàu] đã khởi tố vụ án."),
            examples!(json!({"name": "Trung tâm Văn hóa huyện Từ Liêm", "place": "Từ Liêm"}) =>
                "Hội diễn được tổ chức tại [Trung tâm Văn hóa huyện Từ Liêm] tối qua."),
            examples!(json!({"name": "Ủy ban nhân dân P.Tân Định", "level": "commune", "place": "Tân Định"}) =>
                "Theo kết luận thanh tra, [UBND P.Tân Định] đã buông lỏng quản lý."),
            examples!(json!({"name": "Công an thành phố Yên Bái", "category": "police", "place": "Yên Bái"}) =>
                "Nhiều người tập trung trước cổng [Công an TP. Yên Bái] từ sáng sớm."),
            examples!(json!({"name": "Công an Q.Gò Vấp", "category": "police", "level": "district", "place": "Gò Vấp"}) =>
                "[Công an Q.Gò Vấp] đang xác minh vụ việc."),
            examples!(json!({"name": "Ủy ban nhân dân thành phố", "level": "province", "place": null}) =>
                "Sở đã trình [UBND TP] phương án thu phí mới."),
            examples!(json!({"name": "Ủy ban thường vụ Quốc hội", "category": "government", "place": null}) =>
                "Dự thảo nghị quyết của [Ủy ban thường vụ QH] được công bố."),
            examples!(json!({"name": "Cục Đầu tư nước ngoài", "category": "government", "level": "central", "place": null}) =>
                "Ông từng là Cục trưởng [Cục Đầu tư nước ngoài] trong nhiều năm.",
                "Số liệu của [Cục Đầu tư nước ngoài] cho thấy vốn FDI tăng."),
            examples!(json!({"name": "Trường Tiểu học Lê Văn Tám", "category": "education"}) =>
                "Học sinh [Trường Tiểu học Lê Văn Tám] được khen thưởng."),
            examples!(json!({"name": "Bệnh viện Đa khoa tỉnh Quảng Ngãi", "category": "health"}) =>
                "Nạn nhân được chuyển tới [Bệnh viện Đa khoa tỉnh Quảng Ngãi] cấp cứu."),
            examples!(json!({"name": "Hội Liên hiệp Phụ nữ huyện Đông Anh", "place": "Đông Anh"}) =>
                "[Hội Liên hiệp Phụ nữ huyện Đông Anh] trao 20 suất quà cho hội viên."),
            examples!(json!({"name": "Viện Kiểm sát nhân dân tỉnh Cà Mau", "category": "procuracy", "level": "province"}) =>
                "[Viện Kiểm sát nhân dân tỉnh Cà Mau] đã phê chuẩn quyết định khởi tố."),
        ],
        negatives: vec![
            // A photographer is no agency; a company letter is no ward; a street is no body.
            "Ảnh: [Andrea Morelli], nhiếp ảnh gia tự do.",
            "Hàng hóa của [Công ty P.Q] bị thu giữ.",
            "Cửa hàng nằm trên [đường Trần Hưng Đạo], quận 1.",
            "Quán cà phê ở [phố Nguyễn Du] luôn đông khách.",
            "Những người dân [Trung Quốc] sang buôn bán.",
            "Tượng đài [Lê Lợi] được trùng tu.",
            "Bộ trưởng Nguyễn Văn A đã trả lời chất vấn.",
            "Tàu cá ra khơi ở quần đảo Trường Sa.",
            "Giá vàng trên thị trường Mỹ tăng mạnh.",
            "Bảo vệ môi trường sống là trách nhiệm chung.",
            "Du khách đến Hội An ngày càng đông.",
            "Hàng xuất sang Đài Loan và Tây Ban Nha tăng.",
            "[Ban tổ chức] đã trao giải cho các vận động viên.",
            "Các [cơ quan chức năng] đang vào cuộc.",
            "Chương trình phối hợp với MTTQ và [các tổ chức thành viên].",
            "Cả nước hiện có [34 Sở Du lịch] cùng tham gia.",
            "Khoản tiền ông S đã đưa cho [Công ty N.] năm 2020.",
            "Tỷ lệ sở hữu [Nhà nước] tại doanh nghiệp này còn cao.",
            "Sữa tươi phần lớn do [công ty Nhật Bản] sản xuất.",
            "[Phòng chống] dịch bệnh mùa mưa là việc cấp bách.",
            "[Vụ án] đang được điều tra làm rõ.",
            "Theo quy định của [Bộ luật] Hình sự năm 2015.",
            "Phong trào Toàn dân bảo vệ an ninh Tổ quốc được đẩy mạnh.",
            "[Nhà báo Ida Tarbell] đã phê phán ông.",
            "Ảnh: [T]. Thanh",
            "[Đảng viên] phải gương mẫu.",
            "[Công an viên] xã trực suốt đêm.",
            "Ông là [đại diện trường] trong buổi lễ.",
            "[Báo cáo] tổng kết cho thấy kết quả tốt.",
            "Nữ sinh học tại [Đại học Nhật Bản] nhiều năm.",
            "Trận đấu diễn ra ở Barcelona vào mùa hè năm ngoái.",
            "[Kỳ thi THPT quốc gia] năm nay có nhiều điểm mới.",
        ],
    }
}

#[test]
fn organization_corpus() {
    check(corpus());
}
