// The reference server loads its data and encodes thumbnails on first use: one listing and one thumbnail
// before measuring, so no figure includes that cold start.

/** @param {string} origin */
export async function warmUp(origin) {
  const listing = await fetch(`${origin}/api/demokey1/json/2/0,100`).then((r) => r.json());
  await fetch(`${origin}/api/demokey1/json/category`).then((r) => r.text());
  const image = listing.events?.[0]?.visuel;
  if (image) await fetch(`${origin}/api/static/im/thumb.php?src=${encodeURIComponent(image)}&w=320&h=180&zc=1`).then((r) => r.arrayBuffer());
}
