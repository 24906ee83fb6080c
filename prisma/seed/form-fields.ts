// The request form of a procedure, as data (Procedure.formFields): what the filing wizard asks
// besides the papers. Written for the most used procedures; the others get a free-text request.
import type { FormField, FormOption } from "../../lib/filing/form-fields.ts";

type FormFieldType = FormField["type"];

const field = (name: string, label: string, labelEn: string, type: FormFieldType, required = true, options?: FormOption[]): FormField =>
  options ? { name, label, labelEn, type, required, options } : { name, label, labelEn, type, required };

const option = (value: string, label: string, labelEn: string): FormOption => ({ value, label, labelEn });

const SEX_OPTIONS = [option("male", "Nam", "Male"), option("female", "Nữ", "Female")];

const BIRTH_REGISTRATION: FormField[] = [
  field("childFullName", "Họ, chữ đệm và tên của trẻ", "Child's full name", "text"),
  field("childDateOfBirth", "Ngày, tháng, năm sinh", "Date of birth", "date"),
  field("childSex", "Giới tính", "Sex", "select", true, SEX_OPTIONS),
  field("childEthnicity", "Dân tộc", "Ethnicity", "text"),
  field("childPlaceOfBirth", "Nơi sinh", "Place of birth", "text"),
  field("fatherFullName", "Họ, chữ đệm và tên người cha", "Father's full name", "text", false),
  field("motherFullName", "Họ, chữ đệm và tên người mẹ", "Mother's full name", "text", false),
  field("declarantRelationship", "Quan hệ của người đi đăng ký với trẻ", "Declarant's relationship to the child", "select", true, [
    option("father", "Cha", "Father"),
    option("mother", "Mẹ", "Mother"),
    option("grandparent", "Ông, bà", "Grandparent"),
    option("relative", "Người thân thích khác", "Other relative"),
    option("authorized", "Người được ủy quyền", "Authorised person"),
  ]),
  field("extractCopies", "Số bản sao Giấy khai sinh đề nghị cấp", "Number of birth certificate copies requested", "number", false),
];

const MARRIAGE_REGISTRATION: FormField[] = [
  field("groomFullName", "Họ, chữ đệm và tên bên nam", "Groom's full name", "text"),
  field("groomDateOfBirth", "Ngày sinh bên nam", "Groom's date of birth", "date"),
  field("groomNationalId", "Số định danh cá nhân bên nam", "Groom's personal ID number", "text"),
  field("brideFullName", "Họ, chữ đệm và tên bên nữ", "Bride's full name", "text"),
  field("brideDateOfBirth", "Ngày sinh bên nữ", "Bride's date of birth", "date"),
  field("brideNationalId", "Số định danh cá nhân bên nữ", "Bride's personal ID number", "text"),
  field("isFirstMarriage", "Kết hôn lần đầu", "First marriage", "select", true, [
    option("both", "Cả hai bên kết hôn lần đầu", "First marriage for both"),
    option("groom", "Chỉ bên nam kết hôn lần đầu", "First marriage for the groom only"),
    option("bride", "Chỉ bên nữ kết hôn lần đầu", "First marriage for the bride only"),
    option("neither", "Cả hai bên đã từng kết hôn", "Both married before"),
  ]),
  field("extractCopies", "Số bản sao Trích lục kết hôn đề nghị cấp", "Number of marriage extract copies requested", "number", false),
];

const CERTIFIED_COPY: FormField[] = [
  field("documentName", "Tên giấy tờ, văn bản cần chứng thực", "Document to certify", "text"),
  field("issuingAuthority", "Cơ quan cấp giấy tờ", "Issuing authority", "text", false),
  field("pageCount", "Số trang của bản chính", "Pages of the original", "number"),
  field("copies", "Số bản sao cần chứng thực", "Number of certified copies", "number"),
  field("language", "Ngôn ngữ của giấy tờ", "Language of the document", "select", true, [
    option("vi", "Tiếng Việt", "Vietnamese"),
    option("foreign", "Tiếng nước ngoài", "Foreign language"),
    option("bilingual", "Song ngữ", "Bilingual"),
  ]),
];

const HOUSEHOLD_BUSINESS: FormField[] = [
  field("businessName", "Tên hộ kinh doanh", "Business name", "text"),
  field("businessAddress", "Địa chỉ trụ sở hộ kinh doanh", "Business address", "text"),
  field("businessLines", "Ngành, nghề kinh doanh", "Lines of business", "textarea"),
  field("capitalVnd", "Vốn kinh doanh (đồng)", "Business capital (VND)", "number"),
  field("employeeCount", "Số lượng lao động", "Number of employees", "number", false),
  field("phone", "Điện thoại liên hệ", "Contact phone", "text", false),
];

const PERMANENT_RESIDENCE: FormField[] = [
  field("newAddress", "Địa chỉ đề nghị đăng ký thường trú", "Address of the new permanent residence", "text"),
  field("residenceBasis", "Căn cứ đăng ký", "Basis of the registration", "select", true, [
    option("owned", "Chỗ ở hợp pháp thuộc quyền sở hữu của mình", "Legal residence owned by the applicant"),
    option("family", "Về ở với vợ, chồng, cha, mẹ, con hoặc người thân", "Moving in with a spouse, parent, child or relative"),
    option("rented", "Chỗ ở hợp pháp do thuê, mượn, ở nhờ", "Rented or borrowed legal residence"),
    option("religious", "Cơ sở tín ngưỡng, tôn giáo", "Religious establishment"),
    option("other", "Trường hợp khác", "Other case"),
  ]),
  field("householdHeadName", "Họ tên chủ hộ (nếu nhập vào hộ đã có)", "Head of the household joined (if any)", "text", false),
  field("relationshipToHead", "Quan hệ với chủ hộ", "Relationship to the head of household", "text", false),
  field("previousAddress", "Nơi thường trú trước đây", "Previous permanent residence", "text", false),
];

const GENERIC: FormField[] = [
  field("requestDetails", "Nội dung đề nghị", "Details of the request", "textarea"),
  field("contactPhone", "Điện thoại liên hệ", "Contact phone", "text", false),
];

const BY_CODE: Record<string, FormField[]> = {
  "1.001193": BIRTH_REGISTRATION,
  "1.000894": MARRIAGE_REGISTRATION,
  "2.000815": CERTIFIED_COPY,
  "1.001612": HOUSEHOLD_BUSINESS,
  "1.004222": PERMANENT_RESIDENCE,
};

export const formFieldsFor = (code: string): FormField[] => BY_CODE[code] ?? GENERIC;
