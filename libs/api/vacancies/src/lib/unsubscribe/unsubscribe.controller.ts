import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import { Public } from '@pathways/api-core';
import type { Response } from 'express';
import { confirmPage, donePage, invalidPage } from './unsubscribe-page';
import { UnsubscribeService } from './unsubscribe.service';

/** The link in every alert e-mail: works without signing in, on the token alone. */
@Controller('api/unsubscribe')
@Public()
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get()
  confirm(@Query('token') token: unknown, @Res() response: Response): void {
    const valid = this.unsubscribe.check(token) !== null;
    send(response, valid ? 200 : 400, valid ? confirmPage(String(token)) : invalidPage());
  }

  /** The confirm page's button, and RFC 8058 one-click from mail clients (List-Unsubscribe-Post). */
  @Post()
  async apply(@Query('token') token: unknown, @Res() response: Response): Promise<void> {
    const done = await this.unsubscribe.unsubscribe(token);
    send(response, done ? 200 : 400, done ? donePage() : invalidPage());
  }
}

function send(response: Response, status: number, html: string): void {
  response.status(status).type('html').setHeader('Cache-Control', 'no-store').send(html);
}
