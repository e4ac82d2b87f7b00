/**
 * Headers every response carries. The Content-Security-Policy is set per
 * request by proxy.ts (hashes for prerendered pages, a nonce otherwise).
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // The app uses none of these; deny them to anything that might be injected.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
  // For browsers that predate CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // nodejieba is a native addon: bundling it breaks its binding lookup at run time (BINDING_NOT_FOUND).
  serverExternalPackages: ["nodejieba"],
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;
