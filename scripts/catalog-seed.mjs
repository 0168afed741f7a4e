// Generates lib/catalog/data/groups.json from the reference list (run once; re-runnable):
//   node scripts/catalog-seed.mjs [path/to/permissions.json]
// Texts are not generated here: they live in lib/catalog/data/texts-*.json, written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { keyFromLabel } from './lib/merge-groups.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '../shared/reference/permissions.json');
const out = join(root, 'lib/catalog/data/groups.json');

// Dashboard labels by ID, from the Cloudflare-Mining snapshot of the dashboard's permission list
// (data/account/token_permission_groups_dash.json, see docs/dashboard.md §permission-group-keys).
// Key = label minus its level suffix, so mapping by ID is safer than guessing from names (e.g.
// `page` is Pages).
const SNAPSHOT_LABELS = `
6ced5d0d69b1422396909a62c38ab41b api_gateway_read f0235726de25444a84f704b7c93afadf api_gateway_write
0cc3a61731504c89b99ec1be78b77aa0 api_tokens_read 686d18d5ac6c441c867cbf6771e58a0a api_tokens_write
eb258a38ea634c86a0c89da6b27cb6b6 zone_access_read 7ea222f6d5064cfa89ea366d7c1fee89 access_read
6db4e222e21248ac96a3f4c2a81e3b41 zone_access_revoke 6c9d1cfcfc6840a987d1b5bfb880a841 access_revoke
959972745952452f8be2452be8cbb9f2 zone_access_write 1e13c5124ca64b72b1969a67e8829049 access_write
b05b28e839c54467a7d6cba5d3abb5a3 access_audit_log_read
4f3196a5c95747b6ad82e34e1d0a694f access_certificate_read 29d3afbfd4054af9accdd1118815ed05 access_certificate_write
0f4841f80adb4bada5a09493300e7f8d access_device_posture_read 2fc1072ee6b743828db668fcb3f9dee7 access_device_posture_write
26bc23f853634eb4bff59983b9064fde access_acct_read 7121a0c7e9ed46e3829f9cca2bb572aa access_acct_revoke
bfe0d8686a584fa680f4c53b5eb0de6d access_acct_write
91f7ce32fa614d73b7e1fc8f0e78582b access_service_token_read a1c0fec57cf94af79479a6d827fa518c access_service_token_write
eb56a6953c034b9d97dd838155666f06 account_api_tokens_read 5bc3f8b21c554832afc660159ab75fa4 account_api_tokens_write
b89a480218d04ceb98b4fe57ca29dc1f account_analytics_read
c57ea647ef654b47bc8944fa739b570d account_custom_pages_read 8a9d35a7c8504208ad5c3e8d58e6162d account_custom_pages_write
de7a688cc47d43bd9ea700b467a09c96 account_firewall_access_rules_read a416acf9ef5a4af19fb11ed3b96b1fe6 account_firewall_access_rules_write
4f1071168de8466e9808de86febfc516 account_rule_lists_read 2edbf20661fd4661b0fe10e9e12f485c account_rule_lists_write
fb39996ee9044d2a8725921e02744b39 account_rulesets_read 56907406c3d548ed902070ec4df0e328 account_rulesets_write
c1fde68c7bcc44588cbb6ddbc16d6480 account_settings_read 1af1fa2adc104452b74a9a3364202f20 account_settings_write
56b2af4817c84ad99187911dc3986c23 account_waf_read cde8c82463b6414ca06e46b9633f52a6 account_waf_write
a7a233f9604845c787d4c8c39ac09c21 account_ssl_and_certificates_read db37e5f1cb1a4e1aabaef8deaea43575 account_ssl_and_certificates_write
f3604047d46144d2a3e9cf4ac99d7f16 request_tracer_read 9c88f9c5bce24ce7af9a958ba9c504db analytics_read
094547ab6e77498c8c4dfa87fadd5c51 apps_write
efea2ab8357b47888938f101ae5e053f argotunnel_read c07321b023e944ff818fec44d8203567 argotunnel_write
7cf72faf220841aabcfdfab81c43c4f6 billing_read 6c80e02421494afc9ae14414ed442632 billing_write
51be404b56244056868226263a44a632 bot_management_feedback_read 2002629aaff0454085bf5a201ed70a72 bot_management_feedback_write
07bea2220b2343fa9fae15656c0d8e88 bot_management_read 3b94c49258ec4573b06d51d99b6416c0 bot_management_write
e17beae8b8cb423a99b1730f21238bed cache_purge
3245da1cf36c45c3847bb9b483c62f97 cache_settings_read 9ff81cbbe65c400b97d92c3c1033cab6 cache_settings_write
9ade9cfc8f8949bcb2371be2f0ec8db1 chinanetwork_steering_read c6f6338ceae545d0b90daaa1fed855e6 chinanetwork_steering_write
3b376e0aa52c41cbb6afc9cab945afa8 teams_dex_read 92c8dcd551cc42a6a57a54e8f8d3f3e3 teams_dex_write
20e5ea084b2f491c86b8d8d90abff905 config_settings_read 06f0526e6e464647bd61b63c54935235 config_settings_write
eeffa4d16812430cb4a0ae9e7f46fc24 constellation_read 7c81856725af47ce89a790d5fb36f362 constellation_write
a2b55cd504d44ef18b7ba6a7f2b8fbb1 custom_errors_read a9dba34cf5814d4ab2007b4ada0045bd custom_errors_write
a2431ca73b7d41f99c53303027392586 custom_pages_read c244ec076974430a88bda1cdd992d0d9 custom_pages_write
192192df92ee43ac90f2aeeffce67e35 d1_read 09b2857d1c31407795e75e3fed8617a1 d1_write
af1c363c35ba45b9a8c682ae50eb3f99 ddos_protection_read d44ed14bcc4340b194d3824d60edad3f ddos_protection_write
5f48a472240a4b489a21d43bd19a06e1 dns_firewall_read da6d2d6f2ec8442eaadda60d13f42bca dns_firewall_write
82e64a83756745bbbb1c9c2701bf816b dns_read 4755a26eedb94da69e1066d98aa820be dns_write
e199d584e69344eba202452019deafe3 zone_disable_esc_read 9110d9dd749e464fb9f3961a2064efc5 zone_disable_esc_write
29eefa0805f94fdfae2b058b5b52f319 account_disable_esc_read 18555e39c5ba40d284dde87eda845a90 account_disable_esc_write
d8e12db741544d1586ec1d6f5d3c7786 dynamic_redirect_read 74e1036f577a48528b78d2413b40538d dynamic_redirect_write
5272e56105d04b5897466995b9bd4643 email_routing_address_read e4589eb09e63436686cd64252a3aebeb email_routing_address_write
1b600d9d8062443e986a973f097e728a email_routing_rule_read 79b3ec0d10ce4148a8f8bdc0cc5f97f2 email_routing_rule_write
1047880d37b649b49db4a504a245896f email_security_dmarcreports_read 2eee71c9364c4cacaf469e8370f09056 email_security_dmarcreports_write
4ec32dfcb35641c5bb32d5ef1ab963b4 firewall_services_read 43137f8d07884d3198dc0ee77ca6e79b firewall_services_write
6b60a5a87cae475da7e76e77e4209dd5 http_applications_read 4736c02a9f224c8196ae5b127beae78c http_applications_write
c49f8d15f9f44885a544d945ef5aa6ae http_ddos_managed_ruleset_read b88a3aa889474524bccea5cf18f122bf http_ddos_managed_ruleset_write
fac65912d42144aa86b7dd33281bf79e healthcheck_read e0dc25a0fbdf4286b1ea100e3256b0e3 healthcheck_write
212c9ff247b9406d990c017482afb3a5 iot_read 865ebd55bc6d4b109de6813eccfefd13 iot_write
e763fae6ee95443b8f56f19213c5f2a5 ip_prefix_bgp_on_demand_read 2ae23e4939d54074b7d252d27ce75a77 ip_prefix_bgp_on_demand_write
27beb7f8333b41e2b946f0e23cd8091e ip_prefix_read 92b8234e99f64e05bbbc59e1dc0f76b6 ip_prefix_write
0cf6473ad41449e7b7b743d14fc20c60 images_read 618ec6c64a3a42f8b08bdcb147ded4e4 images_write
df1577df30ee46268f9470952d7b0cdf intel_read 92209474242d459690e2cdb1985eaa6c intel_write
4657621393f94f83b8ef94adba382e48 l4_ddos_managed_ruleset_read 7a4c3574054a4d0ba7c692893ba8bdd4 l4_ddos_managed_ruleset_write
e9a975f628014f1d85b723993116f7d5 load_balancers_read 6d7f2f5f5b1d4a0e9081fdc98d432fd1 load_balancers_write
9d24387c6e8544e2bc4024a03991339f load_balancing_monitors_and_pools_read d2a1802cc9a34e30852f8b33869b2f3c load_balancing_monitors_and_pools_write
6a315a56f18441e59ed03352369ae956 account_logs_read 96163bd1b0784f62b3e44ed8c2ab1eb6 account_logs_write
c4a30cd58c5d42619c86a3c36c441e2d logs_read 3e0b5820118e47f3922f7c989e673882 logs_write
3a46c728a0a040d5a65cd8e2f3bc6935 pcaps_api_read 4ea7d6421801452dbf07cef853a5ef39 pcaps_api_write
02b71f12bb0748e9af8126494e181342 magic_firewall_read 8bd1dac84d3d43e7bfb43145f010a15c magic_firewall_write
8e6ed1ef6e864ad0ae477ceffa5aa5eb fbm_admin 3d85e9514f944bb4912c5871d92e5af5 fbm_read 09c77baecb6341a2b1ca2c62b658d290 fbm_write
967ecf860a244dd1911a0331a0af582a magic_transit_read 0bc09a3cd4b54605990df4e307f138e1 magic_transit_write
319f5059d33a410da0fac4d35a716157 managed_headers_read 0fd9d56bc2da43ad8ea22d610dd8cab1 managed_headers_write
429a068902904c5a9ed9fc267c67da9a mass_url_redirects_read abe78e2276664f4db588c1f675a77486 mass_url_redirects_write
3518d0f75557482e952c6762d3e64903 memberships_read 9201bc6f42d440968aaab0c6f17ebb1d memberships_write
7b32a91ece3140d4b3c2c56f23fc8e35 origin_read a4308c6855c84eb2873e01b6cc85cbb3 origin_write
b415b70a4fd1412886f164451f20405c page_rules_read ed07f6c337da4195b4e72a1fb2c6bcae page_rules_write
050531528b044d58bbb71666fef7c07c page_shield_read 87065285ab38463481e72815eefd18c3 page_shield_write
e247aedd66bd41cc9193af0213416666 page_read 8d28297797f24fb8a0c332fe0866ec89 page_write
fd7f886c75a244389e892c4c3c068292 pubsub_read 910b6ecca1c5411bb894e787362d1312 pubsub_write
58abbad6d2ce40abb2594fbe932a2e0e account_rule_policies_read 61ddc58f1da14f95b33b41213360cbeb account_rule_policies_write
7b7216b327b04b8fbc8f524e1f9b7531 ssl_and_certificates_read c03055bc037c4ea9afb9a9f104b7b721 ssl_and_certificates_write
853643ed57244ed1a05a7c024af9ab5a sanitize_read 89bb8c37d46042e98b84560eaaa6379f sanitize_write
595409c54a24444b80a495620b2d614c select_configuration_read 235eac9bb64942b49cb805cc851cb000 select_configuration_write
74c654eb4aac40e28d6c6caa4c5aeb3d snippets_read dadeaf3abdf14126a77a35e0c92fc36e snippets_write
de21485a24744b76a004aa153898f7fe stream_read 714f9c13a5684c2885a793f5edb36f59 stream_write
3f376c8e6f764a938b848bd01c8995c4 teams_read efb81b5cd37d49f3be1da9363a6d7a19 teams_report b33f02c6f7284e05a6f20741c0bb0567 teams_write
a9a99455bf3245f6a5a244f909d74830 transform_rules_read ae16e88bc7814753a1894c7ce187ab72 transform_rules_write
5d78fd7895974fd0bdbbbb079482721b challenge_widgets_read 755c05aa014b4f9ab263aa80b8167bd8 challenge_widgets_write
8acbe5bb0d54464ab867149d7f7cf8ac user_details_read 55a5e17cc99e4a3fa1f3432d262f2e55 user_details_write
cab5202d07ef47beae788e6bc95cb6fe waiting_rooms_read 24fc124dc8254e0db468e60bf410c800 waiting_rooms_write
8e31f574901c42e8ad89140b28d42112 web3_hostnames_read 5ea6da42edb34811a78d1b007557c0ca web3_hostnames_write
8b47d2786a534c08a1f94ee8f9f599ef workers_kv_storage_read f7f0eda5697f475c90846e879bab8666 workers_kv_storage_write
b4992e1108244f5d8bfbd5744320c2e1 workers_r2_read bf7481a1826f439697cb59a20b22293e workers_r2_write
2072033d694d415a936eaeb94e6405b8 workers_routes_read 28f4b596e7d643029c524985477ae49a workers_routes_write
1a71c399035b4950a1bd1466bbe4f420 workers_scripts_read e086da7e2179491d91ee5f35b3ca210a workers_scripts_write
05880cd1bdc24d8bae0be2136972816b workers_tail_read
cdeb15b336e640a2965df8c65052f1e0 zaraz_write 5bdbde7e76144204a244274eac3eb0eb zaraz_read
a1a6298e52584c8fb6313760a30c681e access_seats_write
c8fed203ed3043cba015a93ad1616f1f zone_read e6d2666161e84845a636613608cee8d5 zone_write
517b21aee92c4d89936c976ba6e4be55 zone_settings_read 3030687196b94b638145a3953da2b699 zone_settings_write
211a4c0feb3e43b3a2d41f1443a433e7 zone_transform_rules_read 0ac90a90249747bca6b047d97f0803e9 zone_transform_rules_write
1b1ea24cf0904d33903f0cc7e54e280f zone_versioning_read c9915d86fbff46af9dd945c0a882294b zone_versioning_write
dbc512b354774852af2b5a5f4ba3d470 zone_waf_read fb6778dc191143babbfaa57993f1d275 zone_waf_write
`;
// Left out on purpose: `zaraz_edit` (Zaraz Edit) and `teams_dex` (Cloudflare DEX) have no
// level suffix, so the key rule gives them no key a link could use.

// Keys seen in real links but absent from that snapshot (docs/dashboard.md §permission-group-keys;
// `access_custom_page` from Cloudflare's token-template page, docs/cloudflare-tokens.md §templates). The group is
// matched by its API name, account scope; the suffix is assumed to be the usual _read/_write.
const LINK_KEYS = {
  ai: 'Workers AI', cf_agents: 'CF Agents', containers: 'Workers Containers', mcp_portals: 'MCP Portals',
  queues: 'Queues', r2_catalog: 'Workers R2 Data Catalog', vectorize: 'Vectorize', workers_ci: 'Workers CI',
  teams_connector_cloudflared: 'Cloudflare One Connector: cloudflared',
  workers_observability: 'Workers Observability', access_custom_page: 'Access: Custom Pages',
};

const LEVEL_WORDS = ['Read', 'Write', 'Edit', 'Report', 'Revoke', 'Run', 'Purge', 'Admin', 'Bind'];

const reference = JSON.parse(readFileSync(source, 'utf8'));
const labels = new Map();
const words = SNAPSHOT_LABELS.trim().split(/\s+/);
for (let i = 0; i < words.length; i += 2) labels.set(words[i], words[i + 1]);
for (const [key, base] of Object.entries(LINK_KEYS)) {
  for (const [suffix, word] of [['read', 'Read'], ['write', 'Write']]) {
    const hit = reference.find((g) => g.scope === 'account' && g.name === `${base} ${word}`);
    if (!hit) throw new Error(`link key ${key}: no account group named "${base} ${word}"`);
    labels.set(hit.id, `${key}_${suffix}`);
  }
}
const ids = new Set(reference.map((g) => g.id));
for (const id of labels.keys()) if (!ids.has(id)) console.warn(`snapshot ID not in reference: ${id} (${labels.get(id)})`);

const groups = reference.map((g) => {
  const last = g.name.split(' ').pop();
  // Reference aliases are old product names ("Argo Tunnel"); store them as full group names.
  const aliases = (g.aliases ?? []).map((a) => (LEVEL_WORDS.includes(last) ? `${a} ${last}` : a));
  const entry = {
    id: g.id,
    name: g.name,
    label: g.dashboardName ?? g.name.replace(/ Write$/, ' Edit'),
    scope: g.scope,
    level: g.level,
    aliases,
  };
  const keyed = labels.has(g.id) ? keyFromLabel(labels.get(g.id)) : undefined;
  if (keyed) Object.assign(entry, keyed);
  return entry;
});

writeFileSync(out, JSON.stringify(groups, null, 2) + '\n');
const keyed = groups.filter((g) => g.key);
console.log(`wrote ${groups.length} groups (${keyed.length} with a deep-link key, ${new Set(keyed.map((g) => g.key)).size} distinct keys) to ${out}`);
