// A microservice with its own registration form, to run behind the emulator (README "Contribute
// a registration form" → "Server-declared"):
//   node examples/acme-lora-service.mjs                       # listens on http://127.0.0.1:9000 (PORT)
//   C8Y_SERVICES=acme-lora=http://127.0.0.1:9000 npm start    # second terminal
// The emulator passes /service/acme-lora/<path> here as /<path>, with the user's Authorization
// header, which this service uses to create the registration request on the platform (C8Y_BASEURL).
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 9000);
const platform = process.env.C8Y_BASEURL ?? 'http://127.0.0.1:8000';

const metadata = {
  c8y_DeviceRegistration: {
    title: 'Acme LoRa sensor',
    description: 'Register a LoRaWAN sensor by its DevEUI.',
    pages: [
      {
        type: 'object',
        title: 'Sensor',
        required: ['devEui'],
        properties: { devEui: { type: 'string', title: 'DevEUI', pattern: '^[0-9A-Fa-f]{16}$', description: '16 hexadecimal digits' } },
      },
      {
        type: 'object',
        title: 'Keys',
        properties: { appKey: { type: 'string', title: 'AppKey', pattern: '^[0-9A-Fa-f]{32}$' } },
      },
    ],
  },
};

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** @param {import('node:http').IncomingMessage} req */
async function readJson(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text || '{}');
}

createServer(async (req, res) => {
  const path = (req.url ?? '/').split('?')[0];
  try {
    if (req.method === 'GET' && path === '/deviceRegistration/metadata') return send(res, 200, metadata);
    if (req.method === 'POST' && path === '/deviceRegistration') {
      const { devEui } = await readJson(req);
      if (!/^[0-9A-Fa-f]{16}$/.test(devEui ?? '')) return send(res, 422, { message: 'DevEUI must be 16 hexadecimal digits' });
      // register on the platform as the user who filled in the form
      const created = await fetch(`${platform}/devicecontrol/newDeviceRequests`, {
        method: 'POST',
        headers: { Authorization: req.headers.authorization ?? '', 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ id: devEui.toUpperCase(), type: 'acme_LoraSensor' }),
      });
      const answer = await created.json();
      return send(res, created.status, created.ok ? { id: answer.id, status: answer.status } : { message: answer.message });
    }
    send(res, 404, { message: `No ${req.method} ${path} here` });
  } catch (error) {
    send(res, 500, { message: error.message });
  }
}).listen(port, '127.0.0.1', () => console.log(`acme-lora service on http://127.0.0.1:${port}`));
