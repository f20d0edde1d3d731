import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import type { PageView } from "../map/views.js";

/** Declares the GraphQL object type of one page of `item`s, named `name`. */
export function pageOf<T extends object>(item: ClassType<T>, name: string, description: string) {
  @ObjectType(name, { description })
  class Page implements PageView<T> {
    @Field(() => Int, { description: "Items in all pages." })
    total!: number;

    @Field(() => Int, { description: "This page's number, from 1." })
    page!: number;

    @Field(() => Int, { nullable: true, description: "The previous page, if any." })
    previousPage!: number | null;

    @Field(() => Int, { nullable: true, description: "The next page, if any." })
    nextPage!: number | null;

    @Field(() => [item])
    items!: T[];
  }
  return Page;
}
