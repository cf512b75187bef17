import { handlers } from "@/lib/auth";

// GET /api/auth/* — Auth.js endpoints (session, csrf, providers); sign-in itself goes through the
// /login form's server action. POST /api/auth/* — Auth.js callbacks and sign-out.
export const { GET, POST } = handlers;
