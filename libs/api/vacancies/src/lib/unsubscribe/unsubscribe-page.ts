const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Pathways – GOV.UK</title>
<style>
body{font-family:arial,sans-serif;margin:0;color:#0b0c0c;line-height:1.3}
header{background:#0b0c0c;color:#fff;padding:10px 15px;font-weight:700}
main{max-width:640px;margin:30px auto;padding:0 15px}
h1{font-size:2rem}
button{background:#00703c;color:#fff;border:0;padding:8px 10px;font-size:1.2rem;box-shadow:0 2px 0 #002d18;cursor:pointer}
button:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
</style>
</head>
<body><header>GOV.UK | Pathways</header><main>
<h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>`;
}

/** Asks first: mail scanners follow links, so a GET only shows the button (RFC 8058). */
export function confirmPage(token: string): string {
  const action = `/api/unsubscribe?token=${encodeURIComponent(token)}`;
  return page(
    'Stop vacancy alert e-mails',
    `<p>You will stop getting e-mails for this vacancy alert. You can still see alerts in Pathways.</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Stop these e-mails</button>
</form>`,
  );
}

export function donePage(): string {
  return page(
    'You have unsubscribed',
    '<p>You will not get these vacancy alert e-mails any more. To start them again, change your alerts in Pathways.</p>',
  );
}

export function invalidPage(): string {
  return page(
    'This unsubscribe link does not work',
    '<p>The link is incomplete or has been changed. Copy the whole link from the e-mail, or sign in to Pathways and turn off e-mails in your vacancy alerts.</p>',
  );
}
