import { ingestText } from '@/lib/pipeline/ingest';
import { ArticleBodySchema, authorize } from '@/lib/server/ingest-request';
import { getConfig, getGazetteer, getStore } from '@/lib/server/services';

/** POST /api/articles (Authorization: Bearer INGEST_TOKEN) with {"file", "text"}: extract and store. */
export async function POST(request: Request) {
  const auth = authorize(request.headers.get('authorization'), getConfig().ingestToken);
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'body must be JSON: {"file": "name.txt", "text": "…"}' }, { status: 400 });
  }
  const parsed = ArticleBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return Response.json({ error: `${issue.path.join('.') || 'body'}: ${issue.message}` }, { status: 400 });
  }
  const result = ingestText(parsed.data.file, parsed.data.text, getGazetteer(), getStore());
  if (!result.ok) return Response.json({ error: result.error }, { status: 400 });
  return Response.json(
    { file: result.file, published: result.published, incidents: result.incidents, warnings: result.warnings, outcome: result.outcome },
    { status: 201 },
  );
}
