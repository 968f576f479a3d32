// Compiled with `tsc --strict` against the types openapi-typescript generates from docs/openapi.json: a typed client
// reads every field the API always returns without casts or non-null assertions. The build fails if any property of
// these schemas is optional, or if a field that is never null is typed as nullable.
import type { components } from "./api";

type S = components["schemas"];
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];
type NoOptional<T> = [OptionalKeys<T>] extends [never] ? true : OptionalKeys<T>;
function allRequired<T>(ok: NoOptional<T>): void {}

// Every answer of the contract.
allRequired<S["TicketDto"]>(true);
allRequired<S["TicketSummaryDto"]>(true);
allRequired<S["TicketEventDto"]>(true);
allRequired<S["OrderDto"]>(true);
allRequired<S["OrderLineDto"]>(true);
allRequired<S["AgentDto"]>(true);
allRequired<S["MyAgentDto"]>(true);
allRequired<S["CustomerDto"]>(true);
allRequired<S["TokenResponse"]>(true);
allRequired<S["PagedListOfTicketSummaryDto"]>(true);
allRequired<S["PagedListOfOrderDto"]>(true);
allRequired<S["PagedListOfAgentDto"]>(true);
allRequired<S["EventPage"]>(true);
allRequired<S["WebhookDto"]>(true);
allRequired<S["WebhookCreatedDto"]>(true);
allRequired<S["WebhookDeliveryDto"]>(true);
allRequired<S["TicketResolvedEvent"]>(true);
allRequired<S["OrderImportedEvent"]>(true);
allRequired<S["AgentRemovedEvent"]>(true);
allRequired<S["PingEvent"]>(true);

// Reads an integrator makes, with the types they get.
declare const ticket: S["TicketDto"];
declare const order: S["OrderDto"];
declare const agent: S["AgentDto"];
declare const page: S["PagedListOfTicketSummaryDto"];
declare const feed: S["EventPage"];
declare const problem: S["ProblemDetails"];

const ticketId: string = ticket.id;
const status: "Open" | "InProgress" | "Resolved" = ticket.status;
const createdAt: string = ticket.createdAt;
const assignedAgentId: string | null = ticket.assignedAgentId;
const actor: string = ticket.history[0].actor;
const lineId: string = order.lines[0].id;
const unitPrice: number = order.lines[0].unitPrice;
const agentStatus: "Available" | "Busy" | "Away" | "Removed" = agent.status;
const totalCount: number = page.totalCount;
const firstNumber: string = page.items[0].number;
const next: number = feed.next;
for (const item of feed.items) {
  if (item.type === "ticket.resolved") {
    const position: number = item.position;
    const outcome: "Refund" | "Replacement" | "StoreCredit" | "Rejected" | null = item.data.outcome;
  } else if (item.type === "order.imported") {
    const orderNumber: string = item.data.number;
  } else if (item.type === "agent.removed") {
    const removedAt: string | null = item.data.removedAt;
  }
}
const code: string = problem.code;
const problemStatus: number = problem.status;
const title: string = problem.title;
const detail: string = problem.detail;

export {};
