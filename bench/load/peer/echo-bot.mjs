// The Bot Framework SDK peer for bench/load: a CloudAdapter echo bot in anonymous mode (no app id, so no
// token is checked and none is sent), on loopback at $PORT. It is the JS SDK because the C# SDK cannot be
// restored from our package source. Plain node:http, so no web framework is measured on top of the SDK.
import http from 'node:http';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } from 'botbuilder';

const port = Number(process.env.PORT ?? 3979);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error('turn failed:', error?.message ?? error);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`You said: ${context.activity.text}`);
      await next();
    });
  }
}

const bot = new EchoBot();
const maxBody = 256 * 1024;

// botbuilder's process() takes a request with a parsed body and an express-like response.
function responseFor(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; return this; },
    header(name, value) { res.setHeader(name, value); return this; },
    send(body) {
      if (body !== undefined) {
        if (typeof body !== 'string' && !Buffer.isBuffer(body)) {
          res.setHeader('Content-Type', 'application/json');
          body = JSON.stringify(body);
        }
        res.write(body);
      }
      return this;
    },
    end() { res.end(); return this; },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > maxBody) {
      res.statusCode = 413;
      res.end();
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', async () => {
    if (res.writableEnded) return;
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    const request = { method: req.method, headers: req.headers, body };
    try {
      await adapter.process(request, responseFor(res), (context) => bot.run(context));
    } catch (error) {
      console.error('process failed:', error?.message ?? error);
      if (!res.writableEnded) { res.statusCode = 500; res.end(); }
    }
  });
});

server.listen(port, '127.0.0.1', () => console.log(`echo bot on http://127.0.0.1:${port}/api/messages`));
