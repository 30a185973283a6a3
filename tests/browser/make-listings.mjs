// Writes inputs for the browser test: N generated listings (NDJSON) that share the report fixture's images,
// and one listing whose text is hostile HTML. Usage: node make-listings.mjs <count> <out-dir> <images-dir>
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [count, out, images] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
mkdirSync(join(out, 'large'), { recursive: true });
mkdirSync(join(out, 'hostile'), { recursive: true });
cpSync(images, join(out, 'large', 'images'), { recursive: true });
cpSync(images, join(out, 'hostile', 'images'), { recursive: true });

const products = [
  ['Electric Kettle 1.7L Stainless Steel', 'Home Appliances', 'images/kettle-main.jpg'],
  ['Wireless Earbuds Bluetooth 5.3 ENC', 'Consumer Electronics', 'images/earbuds-main.jpg'],
  ['LED Desk Lamp Dimmable USB', 'Lights & Lighting', 'images/lamp-main.png'],
  ['Yoga Block High Density EVA Foam', 'Sports & Entertainment', null],
];
const placeholders = ['as picture', 'See description', 'NoEnName_Null', 'Other', 'N/A'];
const lines = [];
for (let i = 0; i < count; i++) {
  const [title, category, image] = products[i % products.length];
  const attributes = { Material: 'Stainless Steel', Color: i % 3 === 0 ? placeholders[i % placeholders.length] : 'Black' };
  if (i % 7 === 0) attributes['Plug Type'] = 'as shown';
  lines.push(JSON.stringify({
    id: `GEN-${String(i).padStart(5, '0')}`,
    title: `${title} #${i}`,
    category: [category],
    price: { amount: 5 + (i % 90) + 0.99, currency: 'USD' },
    attributes,
    images: image ? [image] : [],
  }));
}
writeFileSync(join(out, 'large', 'listings.ndjson'), lines.join('\n') + '\n');

writeFileSync(join(out, 'hostile', 'listing.json'), JSON.stringify({
  id: 'EVIL-1',
  title: '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Bluetooth Speaker',
  category: ['Consumer Electronics'],
  price: { amount: 9.99, currency: 'USD' },
  attributes: { '<img src=y onerror="window.pwned=3">': 'as picture', Color: '</script><script>window.pwned=4</script>' },
  images: ['images/earbuds-main.jpg'],
}, null, 2));
