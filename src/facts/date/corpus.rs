//! The date corpus: the specification of the date rules (reference date 2023-05-24 18:20, a
//! Wednesday in ISO week 21).

use serde_json::json;

use crate::facts::FactType;
use crate::facts::testing::{Corpus, check, examples};

pub(crate) fn corpus() -> Corpus {
    Corpus {
        kind: FactType::Date,
        examples: vec![
            examples!(json!({"date": "2013-08-01", "grain": "day", "year_inferred": false, "relative": false}) =>
                "ngày 01/8/2013", "01-8-2013", "1.8.2013", "ngày 1 tháng 8 năm 2013", "ngày 01/08/2013",
                "Ký [ngày 1/8/2013] tại Hà Nội", "hôm 1/8/2013", "1 tháng 8 năm 2013",
                "mùng 1/8/2013", "ngày 1-8-2013", "Sáng 1/8/2013", "Thứ Năm, 1/8/2013",
                "thông qua [ngày 1 tháng 8, năm 2013]"),
            examples!(json!({"date": "2014-03-06", "grain": "day"}) =>
                "Chương trình số 06/CTr-CA-MT [ngày 06/3/2014] giữa hai ngành",
                "Tối ngày 6-3-2014", "chiều ngày 6.3.2014", "Đêm ngày 6/3/2014",
                "xảy ra [rạng sáng 6/3/2014] tại"),
            examples!(json!({"date": "2023-05-24", "grain": "day", "year_inferred": true}) =>
                "Ngày 24/5", "sáng 24-5", "hôm 24/5", "[Chiều 24/5], đoàn công tác", "Tối ngày 24-5",
                "ngày 24.5", "Khai mạc [24/5] tại Đà Lạt", "phiên họp ([24-5]) đã", "đến [ngày 24 tháng 5]",
                "Thứ Tư, 24/5", "thứ Tư (24/5)"),
            examples!(json!({"date": "2022-12-22", "grain": "day", "year_inferred": true}) =>
                "chốt phiên [22/12] giá vàng", "Đêm 22/12"),
            examples!(json!({"date": "2023-06-09T21:10", "grain": "minute"}) =>
                "phát sóng vào [21h10 ngày 9.6] trên VTV3", "21:10 ngày 9/6", "21 giờ 10 phút ngày 9/6",
                "9 giờ 10 tối ngày 9/6"),
            examples!(json!({"date": "2023-05-24T18:20", "grain": "minute"}) =>
                "18:20, 24/05/2023", "TUẤN HƯƠNG [18:20, 24/05/2023]", "18h20 ngày 24/5/2023",
                "Thứ Tư, 24/05/2023 - 18:20", "24/05/23 18:20 GMT+7", "24/5/2023 lúc 18h20",
                "6 giờ 20 phút chiều ngày 24/5/2023", "Cập nhật: [24/05/2023 18:20 (GMT+7)]"),
            examples!(json!({"date": "2012-06-08T16:00", "grain": "minute"}) =>
                "khoảng [16 giờ ngày 8.6.2012], công an", "16h ngày 8/6/2012",
                "4 giờ chiều ngày 8/6/2012"),
            examples!(json!({"date": "2013-05", "grain": "month"}) =>
                "tháng 5/2013", "tháng 5 năm 2013", "tháng 5-2013", "tháng 05/2013", "Tháng 5.2013",
                "vào khoảng [tháng 5-2013], anh", "đầu tháng 5/2013", "cuối tháng 5 năm 2013",
                "trung tuần tháng 5/2013", "hồi [tháng 5/2013 vừa qua]"),
            examples!(json!({"date": "2023-05", "grain": "month", "year_inferred": true}) =>
                "họp phiên định kỳ [tháng 5] nhằm", "CPI [tháng 5] giảm", "ngay [đầu tháng 5], ngành"),
            examples!(json!({"date": "2023-01", "grain": "month"}) =>
                "gia hạn hợp đồng hồi [tháng 1] và", "tháng 1 năm nay", "Tháng 1 vừa qua",
                "tháng 1 vừa rồi"),
            examples!(json!({"date": "2023-08", "grain": "month", "relative": true}) =>
                "[Tháng 8 này] cậu sẽ sang Mỹ", "nhập học vào [tháng 8 sắp tới].", "tháng 8 tới"),
            examples!(json!({"date": "2022-08", "grain": "month", "relative": true}) =>
                "Tháng 8 vừa qua", "tháng 8 năm ngoái", "tháng 8 năm trước"),
            examples!(json!({"date": "2023-02", "grain": "month"}) =>
                "hợp đồng giao [tháng 2/2023] tăng"),
            examples!(json!({"date": "2014", "grain": "year", "year_inferred": false}) =>
                "năm 2014", "[Năm 2014], doanh thu giảm", "giữa năm 2014", "đầu năm 2014",
                "cuối năm 2014", "Nguyễn Văn A ([SN 2014])", "sinh năm 2014", "vào [2014] nếu"),
            examples!(json!({"date": "2030", "grain": "year"}) =>
                "sẽ tăng lên vào [2030] nếu không", "định hướng đến [năm 2030]."),
            examples!(json!({"date": "2023-Q1", "grain": "quarter"}) =>
                "quý I/2023", "quý I năm 2023", "quý 1/2023", "Quý I-2023", "cao hơn mức tăng [quý I] của",
                "quý I năm nay", "cuối quý I/2023"),
            examples!(json!({"date": "2022-Q4", "grain": "quarter"}) =>
                "quý IV/2022", "quý IV năm ngoái", "quý 4 năm 2022"),
            examples!(json!({"date": "2023-H1", "grain": "half"}) =>
                "6 tháng đầu năm 2023", "6 tháng đầu năm", "6 tháng đầu năm nay", "sáu tháng đầu năm nay",
                "nửa đầu năm 2023", "nửa đầu năm nay"),
            examples!(json!({"date": "2023-H2", "grain": "half"}) =>
                "6 tháng cuối năm", "nửa cuối năm 2023", "nửa sau năm nay", "6 tháng cuối năm 2023"),
            examples!(json!({"date": "2023-05-24", "grain": "day", "relative": true}) =>
                "hôm nay", "Hôm nay", "ngày hôm nay", "sáng nay", "Sáng nay", "chiều nay", "tối nay",
                "đêm nay", "trưa nay", "rạng sáng nay", "chiều hôm nay"),
            examples!(json!({"date": "2023-05-23", "grain": "day", "relative": true}) =>
                "hôm qua", "ngày hôm qua", "tối qua", "Tối qua", "sáng qua", "chiều qua", "đêm qua",
                "sáng hôm qua", "rạng sáng qua"),
            examples!(json!({"date": "2023-05-25", "grain": "day", "relative": true}) =>
                "ngày mai", "Ngày mai", "sáng mai", "tối mai", "chiều ngày mai"),
            examples!(json!({"date": "2023-05-22", "grain": "day", "relative": true}) =>
                "hôm kia", "ngày hôm kia"),
            examples!(json!({"date": "2023-W20", "grain": "week", "relative": true}) =>
                "tuần trước", "Tuần trước", "tuần qua", "cuối tuần qua", "trong [tuần rồi]"),
            examples!(json!({"date": "2023-W21", "grain": "week", "relative": true}) =>
                "tuần này", "Trong tập 2 [tuần này], 18 thí sinh", "cuối tuần này", "đầu tuần này"),
            examples!(json!({"date": "2023-W22", "grain": "week", "relative": true}) =>
                "tuần sau", "tuần tới", "đầu tuần tới"),
            examples!(json!({"date": "2023-04", "grain": "month", "relative": true}) =>
                "tháng trước", "tháng qua", "cuối tháng trước", "Cách đây 1 tháng", "cách đây một tháng"),
            examples!(json!({"date": "2023-05", "grain": "month", "relative": true}) =>
                "tháng này", "đầu tháng này", "cuối tháng này", "giữa tháng này"),
            examples!(json!({"date": "2023-06", "grain": "month", "relative": true}) =>
                "tháng sau", "tháng tới", "đầu tháng tới"),
            examples!(json!({"date": "2023", "grain": "year", "relative": true}) =>
                "năm nay", "Năm nay", "trong mùa hè [năm nay] đang", "đầu năm nay", "cuối năm nay"),
            examples!(json!({"date": "2022", "grain": "year", "relative": true}) =>
                "năm ngoái", "Năm ngoái", "cùng kỳ [năm trước].", "cuối năm ngoái", "một năm trước",
                "1 năm trước"),
            examples!(json!({"date": "2024", "grain": "year", "relative": true}) =>
                "năm sau", "năm tới", "sang năm", "đầu năm sau"),
            examples!(json!({"date": "2021", "grain": "year", "relative": true}) =>
                "Hai năm trước", "2 năm trước", "cách đây 2 năm", "năm kia"),
            examples!(json!({"date": "2013", "grain": "year", "relative": true}) =>
                "10 năm trước", "mười năm trước", "một thập kỷ trước"),
            examples!(json!({"date": "1923", "grain": "year", "relative": true}) =>
                "1 thế kỷ trước", "một thế kỷ trước"),
            examples!(json!({"date": "2023-05-10", "grain": "day", "relative": true}) =>
                "hai tuần trước", "2 tuần trước", "14 ngày trước", "cách đây 14 ngày"),
            examples!(json!({"date": "2023-03", "grain": "month", "relative": true}) =>
                "Cách đây 2 tháng", "2 tháng trước"),
            examples!(json!({"date": "199X", "grain": "decade"}) =>
                "thập niên 1990", "thập kỷ 90", "những năm 1990", "thập niên 90", "những năm 90"),
            examples!(json!({"date": "201X", "grain": "decade", "relative": true}) =>
                "thập kỷ trước", "thập niên trước"),
            examples!(json!({"date": "202X", "grain": "decade"}) =>
                "thập niên 2020", "thập kỷ này"),
            examples!(json!({"date": "2023-05-15", "grain": "day", "relative": true}) =>
                "thứ Hai tuần trước", "thứ 2 tuần trước", "Thứ Hai tuần qua"),
            examples!(json!({"date": "2023-05-19", "grain": "day", "relative": true}) =>
                "[hôm thứ Sáu], ông nói", "thứ Sáu vừa qua", "tối thứ Sáu", "thứ Sáu tuần trước"),
            examples!(json!({"date": "2023-05-21", "grain": "day", "relative": true}) =>
                "Chủ nhật vừa qua", "chủ nhật"),
            examples!(json!({"date": "2023-05-26", "grain": "day", "relative": true}) =>
                "thứ Sáu tới", "thứ Sáu tuần này", "thứ 6 tuần này"),
            examples!(json!({"date": "2023-05-29", "grain": "day", "relative": true}) =>
                "thứ Hai tuần sau", "thứ Hai tới"),
            examples!(json!({"date": "2012-05-26T23:30", "grain": "minute", "relative": true}) =>
                "Đêm ngày 26/5/2012, tổ công tác nhận lệnh. Tới khoảng [23h30], trinh sát phát hiện",
                "Đêm ngày 26/5/2012, tổ công tác nhận lệnh. Lúc [23:30] trinh sát phát hiện",
                "Đêm ngày 26/5/2012, tổ công tác nhận lệnh. Đến [11 giờ 30 đêm cùng ngày] thì"),
            examples!(json!({"date": "2023-05-29T21:00", "grain": "minute"}) =>
                "Khoảng 3 giờ chiều ngày 29/5, mưa lớn. Đến khoảng [21 giờ cùng ngày], sự cố được khắc phục",
                "Khoảng 3 giờ chiều ngày 29/5, mưa lớn. Đến [9 giờ tối cùng ngày] thì tạnh"),
            examples!(json!({"date": "2013-05-28", "grain": "day", "relative": true}) =>
                "Sáng 28-5-2013 tòa mở phiên xử. Phiên tòa kết thúc vào [chiều cùng ngày].",
                "Sáng 28-5-2013 tòa mở phiên xử. [Cùng ngày], công an thông báo.",
                "Sáng 28-5-2013, theo Quyết định số 01 ngày 23/4/2012, tòa xử. Kết thúc [chiều cùng ngày]."),
            examples!(json!({"date": "2013-05-29", "grain": "day", "relative": true}) =>
                "Sáng 28-5-2013 tòa mở phiên xử. [Sáng hôm sau] tòa tuyên án.",
                "Ngày 28/5/2013 xảy ra vụ cháy. [Ngày hôm sau], công an vào cuộc."),
            examples!(json!({"date": "2013-04", "grain": "month", "relative": true}) =>
                "Tháng 5/2013 dự án khởi công; [tháng trước đó] đã giải phóng mặt bằng."),
            examples!(json!({"date": "2025", "grain": "year", "relative": true}) =>
                "doanh thu giảm 10% vào năm tới và 20% vào [năm sau đó nữa]"),
            examples!(json!({"date": "2024", "grain": "year", "relative": true}) =>
                "Năm 2023 công ty lỗ, [năm sau đó] có lãi."),
            examples!(json!({"date": "2023-01-31", "grain": "day"}) =>
                "ngày vía Thần tài ([mùng 10 tháng Giêng])", "mồng 10 tháng giêng", "10 tháng Giêng âm lịch"),
            examples!(json!({"date": "2023-02-05", "grain": "day"}) =>
                "rằm tháng Giêng", "Tết Nguyên tiêu [rằm tháng giêng]", "15/1 âm lịch", "ngày 15 tháng 1 âm lịch"),
            examples!(json!({"date": "2023-01-22", "grain": "day"}) => "mùng 1 Tết", "sáng mùng 1 Tết"),
            examples!(json!({"date": "2023-01-14", "grain": "day"}) => "23 tháng Chạp", "ngày 23 tháng Chạp"),
            examples!(json!({"date": "2023-09-02", "grain": "day", "year_inferred": true}) =>
                "Quốc khánh [mùng 2 tháng 9]", "ngày 2/9"),
            examples!(json!({"date": "2023-08-30", "grain": "day"}) => "rằm tháng Bảy", "rằm tháng 7"),
            examples!(json!({"date": "2023-09-29", "grain": "day"}) => "15/8 âm lịch", "rằm tháng 8 (âm lịch)"),
            examples!(json!({"date": "2023-05-22", "grain": "day", "relative": true}) =>
                "[hôm qua] 22/5, tàu cập cảng", "[Sáng nay] (22/5), Quốc hội"),
            examples!(json!({"date": "2012-03-22", "grain": "day", "year_inferred": true}) =>
                "Tối ngày 19-3-2012, anh gặp chị H. Đến [tối 22-3], anh bị ép lên taxi."),
            examples!(json!({"date": "2023-05-23", "grain": "day"}) =>
                "phiên xử ngày hôm qua ([23-5]) tại tòa", "Trong phiên xử [ngày hôm nay] (23-5) tại tòa"),
            examples!(json!({"date": "2019-11-20", "grain": "day", "year_inferred": false}) =>
                "ngày 20/11/2019", "Hà Nội, [ngày 20 tháng 11 năm 2019]", "khai mạc [20-11-2019] tại",
                "sáng 20.11.2019", "[Trưa 20/11/2019], lực lượng chức năng", "từ [ngày 20/11/2019], ông"),
            examples!(json!({"date": "2021-09", "grain": "month", "year_inferred": false}) =>
                "tháng 9/2021", "[Tháng 9-2021], dịch bệnh bùng phát", "hồi [tháng 9 năm 2021]",
                "giữa tháng 9/2021"),
            examples!(json!({"date": "2022-Q3", "grain": "quarter"}) =>
                "quý III/2022", "quý 3/2022", "[Quý III năm 2022], doanh thu", "trong [quý III-2022] công ty"),
            examples!(json!({"date": "2018", "grain": "year", "relative": false}) =>
                "năm 2018", "[Năm 2018], tỉnh đã", "trong [năm 2018] toàn ngành"),
            examples!(json!({"date": "2022", "grain": "year", "relative": true}) =>
                "năm ngoái", "[Năm ngoái], sản lượng cà phê"),
            examples!(json!({"date": "2023-04", "grain": "month", "relative": true}) =>
                "tháng trước", "so với [tháng trước] tăng nhẹ"),
            examples!(json!({"date": "2023-05-20", "grain": "day", "year_inferred": true}) =>
                "thứ Bảy (20/5)", "tối 20-5", "[Rạng sáng 20/5], tàu cá", "đêm 20/5"),
            examples!(json!({"date": "2023-05-24T07:30", "grain": "minute"}) =>
                "7 giờ 30 phút ngày 24/5/2023", "7h30 ngày 24-5-2023", "[7h30 ngày 24/5], xe khách"),
            examples!(json!({"date": "2023-05-22", "grain": "day", "relative": true}) =>
                "hôm kia", "[Chiều hôm kia], mưa lớn"),
            examples!(json!({"date": "2011-02-14", "grain": "day"}) =>
                "ngày 14/02/2011", "vào [14-2-2011] tại tòa", "Ngày 14 tháng 2 năm 2011"),
        ],
        negatives: vec![
            "Nghị định [100/2019/NĐ-CP] của Chính phủ",
            "Quyết định số [12/2013/QĐ-UBND]",
            "Thông tư [01/2011/TT-BNV]",
            "toàn huyện có [24/34] khu dân cư",
            "đội khách thắng [2-1] trên sân nhà",
            "tỷ số [3-0] nghiêng về đội chủ nhà",
            "liên hệ số [0912.345.678]",
            "gọi [0263.3822.123]",
            "phiên bản [6.1.3] của hệ điều hành",
            "nâng cấp lên iOS [7.1]",
            "giá [1.500.000] đồng",
            "thu về [2,5] tỷ đồng",
            "nhà số [12/5] đường Lê Lợi",
            "hẻm [45/12] Nguyễn Trãi",
            "chiếm [1/3] diện tích",
            "tỷ lệ [1/5] số hộ",
            "cô bé [17 tuổi] hát",
            "Tổng kết [10 năm] thực hiện",
            "kéo dài [48 giờ]",
            "trong [3 năm] tới",
            "Thí sinh được chú ý nhiều [thứ hai] trong đêm",
            "đây là [lần thứ 2] tổ chức",
            "về [thứ ba] chung cuộc",
            "có [2000] người tham dự",
            "trên [2000 người]",
            "nhiệt độ [25-30] độ C",
            "ngày nay, giới trẻ",
            "năm tháng qua đi",
            "trong suốt [5 năm tới]",
            "điều [15/3] của luật",
            "xe biển số [29A-123.45]",
            "mất [3 giờ] để đi",
            "mã số [2013]",
            "hơn [40 năm] sau",
            "nhiều năm qua",
            "khoảng [3 năm trước khi] mất",
            "Ngày [32/13] không có",
            "ngày 31/4",
            "tháng 13",
            "quý V/2023",
            "giá dao động từ [2-4] triệu USD",
            "mỗi ván từ [5-10] triệu đồng",
            "lãi suất từ [4-6]% một năm",
            "thắng Laura Robson [6/3, 6/2] rồi",
            "kết quả cho thấy [7/7] mẫu đạt",
            "Cắt nội soi [4/5] dạ dày",
            "theo Nghị định [112/2021/NĐ-CP] của Chính phủ",
            "Quyết định [1563/QĐ-UBND] của tỉnh",
            "gọi đường dây nóng [1900.1234]",
            "hòa [2-2] sau 90 phút",
            "phiên bản [2.3] của phần mềm",
            "ngõ [15/7] phố Huế",
            "số nhà [25/12] đường Trần Phú",
            "điểm trung bình [8,5] môn Toán",
            "tỷ lệ [3/4] số hộ",
            "[Hôm đó], tôi được nghỉ ở nhà",
            "xe mang biển kiểm soát [51F-123.45]",
            "có [2/3] đại biểu tán thành",
        ],
    }
}

#[test]
fn date_corpus() {
    check(corpus());
}
