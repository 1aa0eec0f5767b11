import { createContext, createElement, type AnchorHTMLAttributes, type ComponentType } from 'react';

export type LinkComponentProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };
export type LinkComponent = ComponentType<LinkComponentProps>;

const PlainLink: LinkComponent = (props) => createElement('a', props);

/** Lets the app swap plain anchors for its router's links without the UI knowing the router. */
export const LinkContext = createContext<LinkComponent>(PlainLink);
