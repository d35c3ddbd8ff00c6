/**
 * jsdom lacks a few browser APIs Fluent UI v9 touches. Import this first in every
 * pane test file (it also brings the jest-dom matchers).
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Fluent UI under jsdom and user-event take a second or more per step on a busy shared
// machine; 5 s (jest's default) made correct tests fail for want of CPU, and so did the
// 1 s that findBy…/waitFor wait by default (a dialog opening under load).
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in globalThis)) {
  Object.defineProperty(globalThis, "ResizeObserver", { value: ResizeObserverStub, writable: true });
}

if (!window.matchMedia) {
  Object.defineProperty(window, "matchMedia", {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// Fluent's motion components animate with the Web Animations API.
if (!Element.prototype.animate) {
  Element.prototype.animate = function animate() {
    const animation = {
      finished: Promise.resolve(),
      cancel: () => undefined,
      finish: () => undefined,
      pause: () => undefined,
      play: () => undefined,
      persist: () => undefined,
      onfinish: null,
      currentTime: 0,
      playState: "finished",
    };
    return animation as unknown as Animation;
  };
}
