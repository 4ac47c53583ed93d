import type { Metadata, Viewport } from 'next';
import { getConfig } from '@/lib/server/services';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(getConfig().publicUrl),
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
