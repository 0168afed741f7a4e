// Recipes for tools that write DNS records: ACME DNS-01 clients, external-dns, dynamic DNS and
// Terraform. Each permission set comes from the `docs` page of the tool itself (checked 2026-11).
import type { Recipe } from './schema';

const ZONE_READ = 'Finds the zone ID from the domain name; reading zone details changes nothing.';
const DNS_EDIT_TXT = 'Creates and removes the temporary _acme-challenge TXT record that proves you own the name.';
const ONE_ZONE = 'Choose only the zones you issue certificates for (Specific zone). A token on all zones lets a leak rewrite every domain.';
const SERVICE = 'It runs unattended on a server, so an account token fits: it keeps working when the person who made it leaves.';

export const DNS_RECIPES: Recipe[] = [
  {
    id: 'cert-manager', title: 'cert-manager', job: 'DNS-01 certificates in Kubernetes', group: 'certificates',
    permissions: [
      { key: 'zone', type: 'read', reason: ZONE_READ },
      { key: 'dns', type: 'edit', reason: DNS_EDIT_TXT },
    ],
    docs: 'https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/',
    zone: 'one',
    zoneAdvice: `${ONE_ZONE} cert-manager's page suggests all zones; that is more than the job needs.`,
    owner: 'account', ownerAdvice: SERVICE, tokenName: 'cert-manager DNS-01',
  },
  {
    id: 'caddy', title: 'Caddy', job: 'DNS-01 certificates with the caddy-dns/cloudflare module', group: 'certificates',
    permissions: [
      { key: 'zone', type: 'read', reason: ZONE_READ },
      { key: 'dns', type: 'edit', reason: DNS_EDIT_TXT },
    ],
    docs: 'https://github.com/caddy-dns/cloudflare',
    zone: 'one',
    zoneAdvice: `${ONE_ZONE} With several domains, Caddy can use two tokens: Zone Read on all zones, DNS Edit on the managed zone.`,
    owner: 'account', ownerAdvice: SERVICE, tokenName: 'Caddy DNS-01',
  },
  {
    id: 'traefik', title: 'Traefik', job: 'DNS-01 certificates (Traefik uses lego underneath)', group: 'certificates',
    permissions: [
      { key: 'zone', type: 'read', reason: ZONE_READ },
      { key: 'dns', type: 'edit', reason: DNS_EDIT_TXT },
    ],
    docs: 'https://go-acme.github.io/lego/dns/cloudflare/',
    zone: 'one',
    zoneAdvice: `${ONE_ZONE} lego also accepts a separate Zone Read token (CF_ZONE_API_TOKEN) if you split them.`,
    owner: 'account', ownerAdvice: SERVICE, tokenName: 'Traefik DNS-01',
  },
  {
    id: 'lego', title: 'lego', job: 'DNS-01 certificates from the command line', group: 'certificates',
    permissions: [
      { key: 'zone', type: 'read', reason: ZONE_READ },
      { key: 'dns', type: 'edit', reason: DNS_EDIT_TXT },
    ],
    docs: 'https://go-acme.github.io/lego/dns/cloudflare/',
    zone: 'one',
    zoneAdvice: `${ONE_ZONE} lego can also take the Zone Read part as a second token (CF_ZONE_API_TOKEN).`,
    owner: 'account', ownerAdvice: SERVICE, tokenName: 'lego DNS-01',
  },
  {
    id: 'acme-sh', title: 'acme.sh', job: 'DNS-01 certificates with the dns_cf hook', group: 'certificates',
    permissions: [
      { key: 'zone', type: 'read', reason: `${ZONE_READ} Not needed if you set CF_Zone_ID.` },
      { key: 'dns', type: 'edit', reason: DNS_EDIT_TXT },
    ],
    docs: 'https://github.com/acmesh-official/acme.sh/wiki/dnsapi#dns_cf',
    zone: 'one', zoneAdvice: ONE_ZONE,
    owner: 'account', ownerAdvice: SERVICE, tokenName: 'acme.sh DNS-01',
  },
  {
    id: 'external-dns', title: 'external-dns', job: 'DNS records for Kubernetes Services and Ingresses', group: 'dns',
    permissions: [
      { key: 'zone', type: 'read', reason: 'Lists your zones to find the ones matching its domain filter.' },
      { key: 'dns', type: 'edit', reason: 'Creates, updates and deletes the records that point at your cluster.' },
    ],
    docs: 'https://kubernetes-sigs.github.io/external-dns/latest/docs/tutorials/cloudflare/',
    zone: 'all',
    zoneAdvice: 'Its docs ask for all zones, because it discovers zones by listing them. If it only manages a few zones, pass --zone-id-filter and choose just those zones instead.',
    owner: 'account', ownerAdvice: `${SERVICE} On an account token, "all zones" stays inside that one account.`,
    tokenName: 'external-dns',
  },
  {
    id: 'ddns', title: 'Dynamic DNS client', job: 'Keep an A/AAAA record pointed at a changing home IP', group: 'dns',
    permissions: [
      { key: 'dns', type: 'edit', reason: 'Updates the A/AAAA record when your public IP changes.' },
    ],
    docs: 'https://github.com/favonia/cloudflare-ddns',
    zone: 'one',
    zoneAdvice: 'Choose the one zone that holds the record. Clients that look zones up by name also need Zone Read on that zone.',
    owner: 'user', ownerAdvice: 'A personal device updating your own domain: a user token is simplest, and ends with your membership.',
    tokenName: 'Dynamic DNS',
  },
  {
    id: 'terraform-dns', title: 'Terraform (DNS records)', job: 'Manage DNS records as code', group: 'dns',
    permissions: [
      { key: 'zone', type: 'read', reason: 'Looks zones up by name (the cloudflare_zone data source) and plans against them.' },
      { key: 'dns', type: 'edit', reason: 'Creates, changes and deletes the cloudflare_dns_record resources in your plan.' },
    ],
    docs: 'https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs/resources/dns_record',
    zone: 'one',
    zoneAdvice: 'Choose the zones this Terraform state manages (Specific zone, one row per zone), not all zones.',
    owner: 'account', ownerAdvice: 'Runs from CI or a shared workspace: an account token survives staff changes.',
    tokenName: 'Terraform DNS',
  },
];
