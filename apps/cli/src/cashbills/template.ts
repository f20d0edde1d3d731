import { writeFile } from "node:fs/promises";
import { stringify } from "csv-stringify/sync";

/** The template's columns: the Korean headers POS/ERP exports use. */
export const TEMPLATE_HEADERS = [
  "거래일자",
  "거래구분",
  "용도",
  "과세형태",
  "공급가액",
  "부가세",
  "봉사료",
  "합계금액",
  "식별번호",
  "고객명",
  "상품명",
  "주문번호",
  "이메일",
  "휴대폰",
] as const;

/** Three example rows dated `day` (yyyy-MM-dd): an income deduction, an expense proof, a tax-free sale. */
export function templateRows(day: string): string[][] {
  const compact = day.replace(/-/g, "");
  return [
    [
      day,
      "승인거래",
      "소득공제용",
      "과세",
      "10,000",
      "1,000",
      "0",
      "11,000",
      "010-1234-5678",
      "홍길동",
      "아메리카노 외 2건",
      `ORD-${compact}-0001`,
      "hong@example.com",
      "010-1234-5678",
    ],
    [
      day,
      "승인거래",
      "지출증빙용",
      "과세",
      "50,000",
      "5,000",
      "0",
      "55,000",
      "123-45-67890",
      "(주)예시상사",
      "회의 다과",
      `ORD-${compact}-0002`,
      "",
      "",
    ],
    [
      day,
      "승인거래",
      "소득공제용",
      "비과세",
      "8,000",
      "0",
      "0",
      "8,000",
      "010-000-1234",
      "",
      "도서",
      `ORD-${compact}-0003`,
      "",
      "",
    ],
  ];
}

/** Writes the example as a UTF-8 CSV with BOM (Excel opens the Korean right) or as `.xlsx`. */
export async function writeTemplate(path: string, xlsx: boolean, day: string): Promise<void> {
  const rows = templateRows(day);
  if (!xlsx) {
    await writeFile(path, "\uFEFF" + stringify([[...TEMPLATE_HEADERS], ...rows]));
    return;
  }
  const { default: excel } = await import("exceljs");
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet("현금영수증");
  sheet.addRow([...TEMPLATE_HEADERS]);
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 16));
  await workbook.xlsx.writeFile(path);
}
