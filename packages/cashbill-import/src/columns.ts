/**
 * The file's columns, found by header. Korean names are those common POS/ERP exports and
 * HomeTax's own forms use; English names are the GraphQL `CashbillInput` fields. Headers are
 * compared after {@link headerKey} (case, spaces, `_`, `-` and a trailing `(...)` such as
 * `공급가액(원)` do not matter).
 */
export const COLUMNS = [
  {
    field: "tradeAt",
    names: ["거래일자", "거래일시", "거래일", "매출일자", "tradeAt", "tradeDate"],
  },
  { field: "tradeType", names: ["거래구분", "거래유형", "거래종류", "tradeType"] },
  { field: "tradeUsage", names: ["용도", "거래용도", "발행용도", "tradeUsage"] },
  { field: "taxationType", names: ["과세형태", "과세구분", "과세유형", "taxationType"] },
  { field: "supplyCost", names: ["공급가액", "공급가", "supplyCost"] },
  { field: "tax", names: ["부가세", "세액", "부가가치세", "tax", "vat"] },
  { field: "serviceFee", names: ["봉사료", "serviceFee"] },
  {
    field: "totalAmount",
    names: ["합계금액", "합계", "총금액", "거래금액", "totalAmount", "total"],
  },
  { field: "identityNum", names: ["식별번호", "신분확인번호", "거래처식별번호", "identityNum"] },
  { field: "customerName", names: ["고객명", "구매자명", "거래처명", "customerName"] },
  { field: "itemName", names: ["상품명", "품목명", "품명", "itemName"] },
  { field: "mgtKey", names: ["문서번호", "관리번호", "mgtKey"] },
  { field: "orderNumber", names: ["주문번호", "orderNumber"] },
  { field: "email", names: ["이메일", "이메일주소", "email"] },
  { field: "hp", names: ["휴대폰", "휴대폰번호", "휴대전화", "hp", "mobile"] },
  { field: "tradeOption", names: ["거래옵션", "거래세부유형", "tradeOption"] },
  { field: "orgConfirmNum", names: ["원승인번호", "당초승인번호", "orgConfirmNum"] },
  { field: "orgTradeDate", names: ["원거래일자", "당초거래일자", "orgTradeDate"] },
  { field: "cancelType", names: ["취소사유", "cancelType"] },
  { field: "memo", names: ["메모", "비고", "memo"] },
] as const;

/** A CashbillInput field the file may carry. */
export type InputField = (typeof COLUMNS)[number]["field"];

/** Columns the result file adds; on re-import they are read back, not sent. */
export const RESULT_COLUMNS = [
  { field: "outcome", names: ["처리결과", "outcome"] },
  { field: "confirmNum", names: ["국세청승인번호", "confirmNum"] },
  { field: "errorCode", names: ["오류코드", "errorCode"] },
  { field: "errorMessage", names: ["오류내용", "errorMessage"] },
  { field: "filing", names: ["국세청전송결과", "filing"] },
] as const;

/** A column of the result file. */
export type ResultField = (typeof RESULT_COLUMNS)[number]["field"];

/** The result file's own headers (Korean with the English field, e.g. `처리결과(outcome)`). */
export const RESULT_HEADERS: readonly string[] = RESULT_COLUMNS.map(
  (c) => `${c.names[0]}(${c.field})`,
);

/** The comparable form of a header: lower case without spaces, `_`, `-`, `(...)` or BOM. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .replace(/\s*[([].*[)\]]\s*$/, "")
    .replace(/[\s_-]+/g, "")
    .toLowerCase();
}

const BY_KEY = new Map<string, InputField | ResultField>();
for (const column of [...COLUMNS, ...RESULT_COLUMNS]) {
  for (const name of column.names) BY_KEY.set(headerKey(name), column.field);
}

/** Where each known field sits in a file, and what its header says there. */
export interface ColumnMap {
  /** Field -> column index. */
  index: Map<InputField | ResultField, number>;
  /** Field -> the header as written in the file, for error messages. */
  header: Map<InputField | ResultField, string>;
  /** Headers no field claims (kept in the result file, not sent). */
  ignored: string[];
  /** Problems with the header row itself (a missing or doubled column). */
  problems: string[];
}

/** Fields a file must have a column for (the others are optional or have defaults). */
const REQUIRED: readonly InputField[] = ["tradeUsage", "supplyCost", "tax", "identityNum"];

/** Maps a header row to fields; a file without a document or order number column is refused. */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: new Map(), header: new Map(), ignored: [], problems: [] };
  headers.forEach((raw, i) => {
    const header = raw.replace(/^\uFEFF/, "").trim();
    const field = BY_KEY.get(headerKey(header));
    if (!field) {
      if (header) map.ignored.push(header);
      return;
    }
    if (map.index.has(field)) {
      map.problems.push(`columns ${map.header.get(field)} and ${header} both mean ${field}`);
      return;
    }
    map.index.set(field, i);
    map.header.set(field, header);
  });
  for (const field of REQUIRED) {
    if (!map.index.has(field)) map.problems.push(`missing column ${columnLabel(field)}`);
  }
  if (!map.index.has("mgtKey") && !map.index.has("orderNumber")) {
    map.problems.push(`missing column ${columnLabel("mgtKey")} or ${columnLabel("orderNumber")}`);
  }
  return map;
}

/** `공급가액 (supplyCost)`: the first Korean name and the field. */
export function columnLabel(field: InputField | ResultField): string {
  const column = [...COLUMNS, ...RESULT_COLUMNS].find((c) => c.field === field);
  return column ? `${column.names[0]} (${field})` : field;
}
