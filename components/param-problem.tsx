/** What a view says instead of its results when a URL parameter cannot be used. */
export function ParamProblem({ lead, problem }: { lead: string; problem: string }) {
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
      {lead}
      {problem}
    </p>
  );
}
