// Required papers (thành phần hồ sơ) of a procedure, from the dataset's requiredDocuments, which
// were parsed automatically from flattened tables: wording verbatim, counts from "N bản chính,
// M bản sao". Pure.
import type { SourceDocument } from "./source-data.ts";

export type DocumentRow = {
  position: number;
  name: string;
  groupName: string | null;
  originals: number;
  certifiedCopies: number;
  copies: number;
  quantityText: string;
  formName: string | null;
  isRequired: boolean;
};

// The crawl glued a form number to the count when the name ends in "Mẫu"/"Mẫu số": "Giấy đề
// nghị … - Mẫu" + "021 bản chính" is form 02, 1 original. No paper is ever asked in 10+ originals.
const GLUED_FORM_NUMBER = /^(\d+)(\d) bản chính/;

function splitGluedFormNumber(document: SourceDocument): { formName: string | null; originals: number } {
  const match = GLUED_FORM_NUMBER.exec(document.quantity.text);
  const formWord = /Mẫu( số)?$/.exec(document.name.trim())?.[0];
  if (!formWord || !match || document.quantity.originals < 10) return { formName: null, originals: document.quantity.originals };
  return { formName: `${formWord} ${match[1]}`, originals: Number(match[2]) };
}

// A paper only some applicants need, by its own wording: it starts "Trường hợp …", is asked
// "trong/đối với trường hợp …" or "(nếu có)", or depends on the channel chosen ("nếu người có
// yêu cầu lựa chọn nộp hồ sơ theo hình thức …"). The filing wizard then shows it without
// insisting. Groups are not used: the parser's group headings are often off by a row, and a
// sub-case group ("Đăng ký thường trú vào chỗ ở … thuê, mượn") is a choice between cases, which
// groupName already shows.
const CONDITIONAL = /^(\(\w+\)\s*)?trường hợp|trong trường hợp|đối với trường hợp|nếu có|nếu người có yêu cầu lựa chọn/i;

export function mapRequiredDocuments(documents: SourceDocument[]): DocumentRow[] {
  return documents.map((document, index) => {
    const glued = splitGluedFormNumber(document);
    const name = glued.formName ? `${document.name.trim().replace(/Mẫu( số)?$/, "")}${glued.formName}` : document.name;
    // Certified copies only when the quantity itself says so; the names often offer "bản sao
    // hoặc bản sao có chứng thực", which a plain copy satisfies.
    const isCertified = /chứng thực/i.test(document.quantity.text);
    const isConditional = CONDITIONAL.test(document.name);
    return {
      position: index + 1,
      name,
      groupName: document.group,
      originals: glued.originals,
      certifiedCopies: isCertified ? document.quantity.copies : 0,
      copies: isCertified ? 0 : document.quantity.copies,
      quantityText: document.quantity.text,
      formName: document.form ?? glued.formName,
      isRequired: !isConditional,
    };
  });
}
