/** @type {import('next').NextConfig} */

// Every page refuses framing except /embed, which exists to be framed (DESIGN.md §3.4).
const noFraming = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
];
const anyFraming = [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }];

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  async headers() {
    return [
      { source: '/((?!embed).*)', headers: noFraming },
      { source: '/embed', headers: anyFraming },
    ];
  },
};

export default nextConfig;
