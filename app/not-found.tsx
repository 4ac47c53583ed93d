import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="incident-page">
      <h1>Not found</h1>
      <p>
        No incident has this address. <Link href="/">Back to the map</Link>
      </p>
    </div>
  );
}
