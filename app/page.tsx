import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard';
import { toMapIncidents } from '@/lib/incidents/map-incident';
import { getConfig, getStore } from '@/lib/server/services';
import { decodeViewState, encodeViewState } from '@/lib/url-state/view-state';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = encodeViewState(decodeViewState(await searchParams));
  const self = `/${query ? `?${query}` : ''}`;
  return {
    title: 'Conflict Map',
    alternates: { types: { 'application/json+oembed': `/api/oembed?url=${encodeURIComponent(self)}` } },
  };
}

export default async function Home({ searchParams }: Props) {
  const state = decodeViewState(await searchParams);
  const incidents = toMapIncidents(getStore().listIncidents(state.filter));
  return <Dashboard basePath="/" initialState={state} incidents={incidents} tiles={getConfig().tiles} />;
}
