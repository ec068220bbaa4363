//! The person corpus: the specification of the person rules (reference date 2023-05-24 18:20).
//!
//! Sentences written for this corpus; every person in them is invented.

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Person,
        examples: vec![
            // A family name and one to three syllables; the title and role go to the value.
            examples!(json!({"name": "Nguyễn Văn A", "title": "Đại tá", "role": "Giám đốc Công an tỉnh"}) =>
                "Đại tá [Nguyễn Văn A], Giám đốc Công an tỉnh phát biểu."),
            examples!(json!({"name": "Trần Văn B", "title": "ông"}) =>
                "Theo ông [Trần Văn B], dự án chậm tiến độ.",
                "Gia đình ông [Trần Văn B] được hỗ trợ."),
            examples!(json!({"name": "Lê Thị C", "title": "bà"}) =>
                "bà [Lê Thị C] cho biết"),
            examples!(json!({"name": "Phạm Minh Khôi"}) =>
                "Phạm Minh Khôi",
                "Đ/c [Phạm Minh Khôi] (Phòng Chính trị) đạt giải nhất.",
                "Bác sĩ [Phạm Minh Khôi], Trưởng khoa Nội, cho hay bệnh nhân đã ổn.",
                "PGS.TS [Phạm Minh Khôi] chủ trì hội thảo.",
                "Trung tá CSGT [Phạm Minh Khôi] chỉ huy tổ công tác.",
                "Ông [Phạm Minh Khôi] nghỉ hưu năm ngoái."),
            examples!(json!({"name": "Đặng Thị Ngọc Yến"}) =>
                "Bị cáo [Đặng Thị Ngọc Yến] (20 tuổi) lãnh 8 năm tù."),
            examples!(json!({"name": "Hoàng Quốc Vượng", "title": "Thiếu tướng"}) =>
                "Thiếu tướng [Hoàng Quốc Vượng] thăm đơn vị."),
            examples!(json!({"name": "Võ Thanh Tâm", "role": "Chủ tịch UBND tỉnh Bình Thuận"}) =>
                "Chủ tịch UBND tỉnh Bình Thuận [Võ Thanh Tâm] kiểm tra công trình."),
            examples!(json!({"name": "Lưu Hữu Phát"}) =>
                "Chủ tịch UBND thành phố [Lưu Hữu Phát] yêu cầu báo cáo.",
                "Tham dự có các ông [Lưu Hữu Phát], Trần Văn Định."),
            examples!(json!({"name": "Trần Văn Định"}) =>
                "Tham dự có các ông Lưu Hữu Phát, [Trần Văn Định]."),
            examples!(json!({"name": "Đinh Hrôn"}) =>
                "Các bị can gồm [Đinh Hrôn] và đồng bọn."),
            examples!(json!({"name": "Y Khuôl"}) =>
                "Đối tượng [Y Khuôl] bị bắt.",
                "NSND [Y Khuôl] biểu diễn."),
            // A title introduces a name of any shape.
            examples!(json!({"name": "Quý", "title": "anh"}) =>
                "Nhóm của anh [Quý] sang can ngăn."),
            examples!(json!({"name": "Thu Hà", "title": "ca sĩ"}) =>
                "Khán giả chờ ca sĩ [Thu Hà] xuất hiện."),
            examples!(json!({"name": "Maria"}) =>
                "Tượng Đức mẹ [Maria] được đặt ở sân."),
            examples!(json!({"name": "Tý"}) =>
                "Cậu bé [Tý] được đưa đi cấp cứu."),
            // Later mentions by the given name, or the last two syllables.
            examples!(json!({"name": "Tường"}) =>
                "Lâm Văn Tường (23 tuổi) bị bắt. Tại phiên xử, [Tường] thừa nhận hành vi.",
                "Anh Lâm Văn Tường ngụ quận 8. Hôm sau [Tường] ra đầu thú."),
            examples!(json!({"name": "Hoàng Tôn"}) =>
                "Thí sinh Nguyễn Hoàng Tôn hát bài mới. Bốn giám khảo tranh giành [Hoàng Tôn]."),
            examples!(json!({"name": "Kiên"}) =>
                "Ông Trần Trung Kiên, Chi cục trưởng, phát biểu. Ông [Kiên] khuyến cáo người dân."),
            examples!(json!({"name": "Nhung"}) =>
                "Bà Phạm Thị Nhung (51 tuổi). Khi gặp chị [Nhung], chúng đòi tiền."),
            examples!(json!({"name": "Lam"}) =>
                "Cô Trịnh Thị Lam đến trường từ sớm. [Lam] cùng đồng nghiệp dọn lớp."),
            examples!(json!({"name": "Diệu Linh"}) =>
                "Huấn luyện viên Diệu Linh chọn thí sinh. [Diệu Linh] vui mừng."),
            // A lone name before a verb of saying.
            examples!(json!({"name": "Hạnh"}) =>
                "Mọi chuyện bắt đầu từ năm ngoái. [Hạnh] kể em bị đau đầu.",
                "“Tôi rất sợ”, [Hạnh] cho biết."),
            // Foreign names: a given name and a family name; later the family name alone.
            examples!(json!({"name": "Warren Buffett"}) =>
                "Warren Buffett",
                "Nhà đầu tư [Warren Buffett] đọc báo mỗi sáng."),
            examples!(json!({"name": "John D. Rockefeller"}) =>
                "Ông trùm dầu mỏ [John D. Rockefeller] rất giàu."),
            examples!(json!({"name": "Robert Steven Colee"}) =>
                "Tiến sĩ [Robert Steven Colee] phỏng vấn em."),
            examples!(json!({"name": "Michael Scuse"}) =>
                "Thứ trưởng Bộ Nông nghiệp Mỹ [Michael Scuse] cho biết."),
            examples!(json!({"name": "Scuse"}) =>
                "Ông Michael Scuse phát biểu. Theo ông [Scuse], cuộc điều tra còn tiếp tục."),
            examples!(json!({"name": "Falcao"}) =>
                "Tiền đạo Radamel Falcao gia nhập đội. Đội bóng sở hữu [Falcao] với giá cao."),
            examples!(json!({"name": "Connie"}) =>
                "Bà Connie Lloyd, 72 tuổi. Các bác sĩ theo dõi [Connie] suốt đêm."),
            examples!(json!({"name": "Zhang Hongming"}) =>
                "Anh [Zhang Hongming], đến từ Trùng Khánh, mắc bệnh hiếm."),
            examples!(json!({"name": "Li Xiaoyuan"}) =>
                "Bé [Li Xiaoyuan] sống tại Quảng Đông."),
            examples!(json!({"name": "Kim Sa-myeong"}) =>
                "Kim Sa-myeong",
                "[Kim Sa-myeong] (27 tuổi) đang học bài."),
            examples!(json!({"name": "Jerome Powell"}) =>
                "Chủ tịch Fed [Jerome Powell] giữ lãi suất."),
            // More shapes: ranks, academic titles, offices before and after the name.
            examples!(json!({"name": "Hoàng Văn Sơn", "title": "Thượng tá"}) =>
                "Thượng tá [Hoàng Văn Sơn] trực tiếp chỉ huy lực lượng.",
                "Tổ trinh sát do Thượng tá [Hoàng Văn Sơn] dẫn đầu đã có mặt."),
            examples!(json!({"name": "Vũ Thị Thanh Hương", "title": "TS"}) =>
                "TS [Vũ Thị Thanh Hương] trình bày tham luận về dinh dưỡng."),
            examples!(json!({"name": "Đỗ Quang Vinh", "role": "Phó Chủ tịch UBND tỉnh Nghệ An"}) =>
                "Phó Chủ tịch UBND tỉnh Nghệ An [Đỗ Quang Vinh] kiểm tra công trình."),
            examples!(json!({"name": "Bùi Minh Châu", "title": "ông", "role": "Chủ tịch Hội Nông dân xã"}) =>
                "Theo ông [Bùi Minh Châu], Chủ tịch Hội Nông dân xã, vụ lúa năm nay được mùa."),
            examples!(json!({"name": "Tô Lan Phương", "title": "chị"}) =>
                "Nhà chị [Tô Lan Phương] ở cuối xóm bị ngập sâu."),
            examples!(json!({"name": "Lại Văn Được", "title": "bị cáo"}) =>
                "Tòa tuyên phạt bị cáo [Lại Văn Được] 7 năm tù."),
            examples!(json!({"name": "Mai Xuân Trường", "title": "HLV"}) =>
                "Học trò của HLV [Mai Xuân Trường] thắng đậm trên sân nhà."),
            examples!(json!({"name": "Hà Thu Trang", "title": "nghệ sĩ"}) =>
                "Đêm diễn có sự góp mặt của nghệ sĩ [Hà Thu Trang]."),
            examples!(json!({"name": "Lý Hữu Tài", "role": "Thủ tướng Singapore"}) =>
                "Chủ tịch nước Nguyễn Văn A và Thủ tướng Singapore [Lý Hữu Tài] hội đàm."),
            examples!(json!({"name": "Thích Minh Tuệ"}) =>
                "Hòa thượng [Thích Minh Tuệ] chủ trì đại lễ tại chùa."),
            // Foreign names, with and without a title.
            examples!(json!({"name": "Margaret Collins", "title": "bà"}) =>
                "Phát biểu tại hội thảo, bà [Margaret Collins], đại diện quỹ, đánh giá cao dự án."),
            examples!(json!({"name": "Daniel Fischer"}) =>
                "Tiền vệ [Daniel Fischer] vừa gia hạn hợp đồng thêm hai năm."),
            examples!(json!({"name": "Park Ji-hoon"}) =>
                "Ca sĩ người Hàn Quốc [Park Ji-hoon] sẽ biểu diễn tại Hà Nội."),
            // Later mentions by given name, and a name a title introduced.
            examples!(json!({"name": "Khang"}) =>
                "Đối tượng Trịnh Văn Khang bị bắt. Tại cơ quan điều tra, [Khang] khai nhận hành vi."),
            examples!(json!({"name": "Lộc", "title": "anh"}) =>
                "Anh Phan Tấn Lộc làm nghề chài lưới. Mấy năm nay anh [Lộc] nuôi thêm cá lồng."),
            examples!(json!({"name": "Hằng", "title": "cô"}) =>
                "Lớp học của cô [Hằng] có 30 em."),
            examples!(json!({"name": "Tú", "title": "ông"}) =>
                "Người dân phản ánh, ông [Tú] đã xây nhà trên đất nông nghiệp."),
            examples!(json!({"name": "Hồ Văn Lực", "title": "Thiếu úy"}) =>
                "Thiếu úy [Hồ Văn Lực] nhảy xuống sông cứu người."),
            examples!(json!({"name": "Lương Thị Mến", "title": "Bà"}) =>
                "Bà [Lương Thị Mến] (65 tuổi, trú thôn 3) cho biết nước ngập tới gối."),
            examples!(json!({"name": "Ngô Đức Tâm"}) =>
                "Sinh viên [Ngô Đức Tâm] đoạt giải nhất cuộc thi lập trình."),
        ],
        negatives: vec![
            // Later mentions that name a place, titles in capitals, a compiler's note, monks' schools.
            "Ông Dương Trung Quốc phát biểu. Hàng hóa từ [Trung Quốc] tràn vào.",
            "Anh Đoàn Việt Nam kể chuyện. Kinh tế [Việt Nam] tăng trưởng khá.",
            "Ông Lê Hữu Nghị nói vậy. Cần thực hiện [Nghị] quyết của tỉnh.",
            "Còn ông [Phó Tổng Giám] đốc thì lo ngại.",
            "Tin vắn trong ngày. [Thái An] (tổng hợp)",
            "Ông Nguyễn Văn Hà nghỉ hưu. [Phó] chủ tịch xã chủ trì cuộc họp.",
            "Học sinh [Trường Tiểu học Lê Văn Tám] được khen.",
            "Xe tải đỗ trên [đường Trần Hưng Đạo] gây ùn tắc.",
            "Quỹ chăm lo cho trẻ em [Việt Nam] vùng lũ.",
            "Hồ sơ gồm một bản chính [Tờ] khai hải quan.",
            "Có người hỏi: [Nghe] nói anh sắp chuyển công tác?",
            "Anh Lê Tuấn Anh làm thủ kho. [Anh] kiểm kê hàng rất kỹ.",
            "Bài viết kết thúc ở đây. [Trần Thu Hà] (thực hiện)",
            // Names of streets, schools, awards, units and places are not persons there.
            "Quán ăn trên [đường Lê Lợi] đông khách.",
            "Học sinh [Trường THPT Chu Văn An] đạt giải.",
            "Thầy giáo nhận [Giải thưởng Võ Trường Toản].",
            "Em học [trường chuyên Huỳnh Mẫn Đạt].",
            "Nhà [số 12 Trần Hưng Đạo] bị cháy.",
            "Anh ta trú tại [Hoàng Mai], Hà Nội.",
            "[Thành phố Hồ Chí Minh] mưa lớn.",
            "Du khách đến [Bồ Đào Nha] ngày càng đông.",
            "Xe chạy về [Bà Rịa] lúc sáng.",
            "Cây đổ trên đường Đặng Văn Bình. Các tuyến như [Đặng Văn Bình] bị chặn.",
            "Tổ công tác chốt tại nút giao thông [Tôn Đức Thắng - Nguyễn Lương Bằng].",
            // Titles and offices, capitalised words at sentence starts, bylines, initials.
            "[Thứ trưởng] Bộ Công an phát biểu.",
            "Đồng chí [Thứ trưởng] nhấn mạnh nhiều điểm.",
            "Giám đốc [Sở Y tế] chủ trì.",
            "Trưởng khoa [Ngoại Tim mạch] cho biết.",
            "[Hoa hậu Hoàn vũ] năm nay gây bất ngờ.",
            "Tuy nhiên, [Trong khi đó] giá vẫn tăng.",
            "Chị [T.] cho biết thêm.",
            "Ông [S] đã nộp tiền.",
            "[Bằng] các biện pháp nghiệp vụ, tổ công tác đã bắt giữ.",
            "Ông Nguyễn Văn Hải nghỉ hưu. [Hải quân] nhân dân tổ chức lễ.",
            "[Pháp luật] nghiêm cấm hành vi này.",
            "[Manchester City] thắng trận.",
            "[Vũ Minh] 31/05/13 13:03 GMT+7",
            "Hình ảnh [Nông Nghiệp]",
        ],
    }
}

#[test]
fn person_corpus() {
    check(corpus());
}
