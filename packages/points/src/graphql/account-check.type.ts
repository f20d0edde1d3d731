import { Field, InputType, ObjectType } from "type-graphql";
import type { AccountFields, AccountVerificationFields } from "../map/inputs.js";
import type { AccountHolderView, AccountVerificationView } from "../map/views.js";
import { AccountCheckOutcome, IdentityType } from "./enums.js";

/** 예금주 성명조회 input. */
@InputType("AccountHolderCheckInput", { description: "A bank account to look the holder up for." })
export class AccountHolderCheckInput implements AccountFields {
  @Field(() => String, { description: "4-digit institution code (기관코드), e.g. 0004." })
  bankCode!: string;

  @Field(() => String, { description: "Account number, 8-14 digits; dashes are removed." })
  accountNumber!: string;
}

/** 예금주 실명조회 input. */
@InputType("AccountHolderVerificationInput", {
  description: "A bank account and the identity its holder should have.",
})
export class AccountHolderVerificationInput
  extends AccountHolderCheckInput
  implements AccountVerificationFields
{
  @Field(() => IdentityType, { description: "Whether the holder is a person or a business." })
  identityType!: IdentityType;

  @Field(() => String, {
    description: "PERSON: birth date yyMMdd (6 digits). BUSINESS: 10-digit registration number.",
  })
  identityNum!: string;
}

/** The answer of a 예금주 성명조회. */
@ObjectType("AccountHolderCheck", { description: "Who holds a bank account, as the bank says." })
export class AccountHolderCheck implements AccountHolderView {
  @Field(() => String, { nullable: true, description: "Institution code checked." })
  bankCode!: string | null;

  @Field(() => String, { nullable: true, description: "Account number checked." })
  accountNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The holder's name (accountName)." })
  accountHolder!: string | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's raw result code." })
  result!: string | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's result message." })
  resultMessage!: string | null;

  @Field(() => AccountCheckOutcome, { description: "The result in English." })
  outcome!: AccountCheckOutcome;

  @Field(() => String, { nullable: true, description: "When the bank was asked, ISO-8601 +09:00." })
  checkedAt!: string | null;
}

/** The answer of a 예금주 실명조회. */
@ObjectType("AccountHolderVerification", {
  description: "Whether a bank account belongs to the given person or business.",
})
export class AccountHolderVerification
  extends AccountHolderCheck
  implements AccountVerificationView
{
  @Field(() => IdentityType, { nullable: true, description: "The identity type checked." })
  identityType!: IdentityType | null;

  @Field(() => String, { nullable: true, description: "The identity number checked." })
  identityNum!: string | null;
}
