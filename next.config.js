/** @type {import('next').NextConfig} */
const nextConfig = {
  // nodejieba is a native addon: bundling it breaks its binding lookup at run time (BINDING_NOT_FOUND).
  serverExternalPackages: ["nodejieba"],
  poweredByHeader: false,
};

module.exports = nextConfig;
