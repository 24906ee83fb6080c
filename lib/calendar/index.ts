export * from "./local-time";
export * from "./working-calendar";
export * from "./deadlines";
