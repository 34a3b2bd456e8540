/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a plan page before its text renders, so each <Clause> can show its links. */
    plan?: import('./lib/plan-context.ts').PlanContext;
  }
}
