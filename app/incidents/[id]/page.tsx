import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { IncidentDetails } from '@/components/incident-details';
import { IncidentMiniMap } from '@/components/incident-mini-map';
import { summarize } from '@/lib/incidents/format';
import { toMapIncidents } from '@/lib/incidents/map-incident';
import { getConfig, getStore } from '@/lib/server/services';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const { id } = await params;
  return /^[0-9a-f]{16}$/.test(id) ? getStore().getIncident(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const incident = await load(params);
  if (!incident) return { title: 'Incident not found' };
  const description = summarize(incident);
  const path = `/incidents/${incident.id}`;
  return {
    title: incident.title,
    description,
    alternates: { canonical: path, types: { 'application/json+oembed': `/api/oembed?url=${encodeURIComponent(path)}` } },
    openGraph: { title: incident.title, description, type: 'article', url: path, siteName: 'Conflict Map' },
    twitter: { card: 'summary_large_image', title: incident.title, description },
  };
}

export default async function IncidentPage({ params }: Props) {
  const incident = await load(params);
  if (!incident) notFound();
  const [mapIncident] = toMapIncidents([incident]);
  const mapLink = incident.place.lat !== null ? `/?lat=${incident.place.lat}&lon=${incident.place.lon}&z=7&id=${incident.id}` : `/?id=${incident.id}`;
  return (
    <div className="incident-page">
      <nav>
        <Link href="/">Conflict Map</Link> › Incident
      </nav>
      <IncidentDetails incident={incident} headingLevel={1} />
      <p>
        <Link href={mapLink}>Show on the map</Link>
      </p>
      <IncidentMiniMap incident={mapIncident!} tiles={getConfig().tiles} />
    </div>
  );
}
