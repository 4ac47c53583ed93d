import { geocodeQuery } from '@/lib/geocode/query';
import { getGazetteer } from '@/lib/server/services';

/** GET /api/geocode?q=Deir%20ez-Zor&country=SY: the same JSON as `npm run geocode`. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const q = params.get('q');
  if (q === null) return Response.json({ error: 'missing q parameter' }, { status: 400 });
  const answer = geocodeQuery(getGazetteer(), q, params.get('country'));
  if (!answer.ok) return Response.json({ error: answer.error }, { status: 400 });
  return Response.json(answer.value);
}
