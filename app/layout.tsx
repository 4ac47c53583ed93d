import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
  title: { default: 'Conflict Map', template: '%s · Conflict Map' },
  description: 'Conflict incidents extracted from news reports, coded the ACLED way and mapped offline.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
