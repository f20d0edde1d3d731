import { Field, Int, ObjectType } from "type-graphql";
import type {
  ContactView,
  CorpInfoView,
  IdCheckView,
  MemberCheckView,
  PopbillResultView,
} from "../map/views.js";
import { ContactRole } from "./enums.js";

/** A `{code, message}` answer. */
@ObjectType("MemberOperationResult", { description: "POPBiLL's answer to a member operation." })
export class MemberOperationResult implements PopbillResultView {
  @Field(() => Boolean, { description: "True when POPBiLL answered code 1." })
  success!: boolean;

  @Field(() => Int, { description: "POPBiLL's code." })
  code!: number;

  @Field(() => String, { nullable: true, description: "POPBiLL's message." })
  message!: string | null;
}

/** CheckIsMember. */
@ObjectType("PopbillMemberCheck", {
  description: "Whether a business is a POPBiLL member of this partner.",
})
export class PopbillMemberCheck implements MemberCheckView {
  @Field(() => String, { description: "The business checked (10 digits)." })
  corpNum!: string;

  @Field(() => Boolean, { description: "True when POPBiLL answered code 1 (a member)." })
  isMember!: boolean;

  @Field(() => Int, { description: "POPBiLL's answer code (1 member, 0 not)." })
  code!: number;

  @Field(() => String, { nullable: true, description: "POPBiLL's message." })
  message!: string | null;
}

/** CheckID. */
@ObjectType("PopbillIdCheck", { description: "Whether a POPBiLL login id is still free." })
export class PopbillIdCheck implements IdCheckView {
  @Field(() => String, { description: "The id checked." })
  id!: string;

  @Field(() => Boolean, { description: "True when POPBiLL answered code 0 (not taken)." })
  available!: boolean;

  @Field(() => Int, { description: "POPBiLL's answer code (0 free, 1 taken)." })
  code!: number;

  @Field(() => String, { nullable: true, description: "POPBiLL's message." })
  message!: string | null;
}

/** CorpInfo. */
@ObjectType("MemberCorpInfo", { description: "A member business's details as POPBiLL holds them." })
export class MemberCorpInfo implements CorpInfoView {
  @Field(() => String, { nullable: true, description: "CEO name (ceoname)." })
  ceoName!: string | null;

  @Field(() => String, { nullable: true, description: "Company name." })
  corpName!: string | null;

  @Field(() => String, { nullable: true, description: "Address (addr)." })
  address!: string | null;

  @Field(() => String, { nullable: true, description: "Business type (업태)." })
  bizType!: string | null;

  @Field(() => String, { nullable: true, description: "Business item (종목)." })
  bizClass!: string | null;
}

/** A contact. */
@ObjectType("MemberContact", { description: "A contact of a member business: a POPBiLL login." })
export class MemberContact implements ContactView {
  @Field(() => String, { nullable: true, description: "Login id." })
  id!: string | null;

  @Field(() => String, { nullable: true, description: "Name (personName)." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "E-mail." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Phone number." })
  tel!: string | null;

  @Field(() => ContactRole, { description: "What the contact may see; UNKNOWN for new codes." })
  role!: ContactRole;

  @Field(() => Int, { nullable: true, description: "POPBiLL's raw role code (searchRole)." })
  searchRole!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether this is the member's administrator (mgrYN).",
  })
  admin!: boolean | null;

  @Field(() => String, { nullable: true, description: "POPBiLL's raw account state." })
  state!: string | null;

  @Field(() => String, { nullable: true, description: "When it was added, ISO-8601 +09:00." })
  registeredAt!: string | null;
}
