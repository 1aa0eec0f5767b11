import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { Public, RequestWithUser } from '@pathways/api-core';
import type { Response } from 'express';
import { FunnelRecordingService } from './funnel-recording.service';

/** The apply link: records the application of whoever is signed in, then goes to the real form. */
@Controller('api/vacancies')
export class ApplyLinkController {
  constructor(private readonly recording: FunnelRecordingService) {}

  @Get(':id/apply')
  @Public()
  async apply(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: RequestWithUser,
    @Res() response: Response,
  ): Promise<void> {
    const target = await this.recording.followApplyLink(id, request.user?.personId ?? null);
    if (!target) {
      response.status(404).type('text').send('No such vacancy, or it has no application link.');
      return;
    }
    response.redirect(302, target);
  }
}
