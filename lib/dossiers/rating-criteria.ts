// The satisfaction survey offered with the result (Decree 61/2018 art. 31; the indicators of
// Circular 01/2018, each scored 0, 1 or 2), and the overall question systems in use also ask.
export const RATING_CRITERIA = [
  { code: "time", label: "Thời gian giải quyết so với quy định", labelEn: "Time to the result against the legal limit", options: ["Sớm hơn quy định", "Đúng quy định", "Muộn hơn quy định"], optionsEn: ["Sooner than the limit", "On the limit", "Later than the limit"] },
  { code: "contacts", label: "Số lần phải liên hệ với cơ quan để hoàn thiện hồ sơ", labelEn: "Contacts needed to complete the dossier", options: ["Không lần nào", "Một lần", "Nhiều hơn một lần"], optionsEn: ["None", "Once", "More than once"] },
  { code: "information", label: "Thông tin về thủ tục được công khai đầy đủ, chính xác", labelEn: "Published information on the procedure was complete and accurate", options: ["Đầy đủ, chính xác", "Có thiếu sót nhỏ", "Thiếu hoặc sai"], optionsEn: ["Complete and accurate", "Minor gaps", "Missing or wrong"] },
  { code: "attitude", label: "Thái độ của công chức khi hướng dẫn, tiếp nhận, giải quyết", labelEn: "Staff attitude when guiding, receiving and handling", options: ["Tận tình, chu đáo", "Bình thường", "Không đúng mực"], optionsEn: ["Helpful and attentive", "Ordinary", "Improper"] },
  { code: "lawfulness", label: "Kết quả đúng quy định, không phát sinh chi phí ngoài quy định", labelEn: "Lawful result, no costs beyond those set by law", options: ["Đúng, không phát sinh", "Có điểm chưa rõ", "Có chi phí ngoài quy định"], optionsEn: ["Lawful, no extra cost", "Something unclear", "Extra costs asked"] },
  { code: "online", label: "Chất lượng dịch vụ công trực tuyến", labelEn: "Quality of the online service", options: ["Tốt", "Chấp nhận được", "Kém"], optionsEn: ["Good", "Acceptable", "Poor"] },
] as const;

export type RatingCriterion = (typeof RATING_CRITERIA)[number]["code"];

/** The option's position (0 = best) gives its score: 2, 1, 0. */
export const scoreOfOption = (position: number): 0 | 1 | 2 => (position === 0 ? 2 : position === 1 ? 1 : 0);

export const OVERALL = ["VERY_SATISFIED", "SATISFIED", "NOT_SATISFIED"] as const;
