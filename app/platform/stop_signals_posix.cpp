#include <SDL.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <thread>

#include "platform/stop_signals.hpp"

namespace tafel {
namespace {

std::atomic<bool> received{false};

sigset_t stop_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    return set;
}

}  // namespace

void watch_stop_signals() {
    // The signals are blocked in every thread (threads started later inherit this) and taken by
    // one thread with sigwait: there, unlike in a signal handler, SDL_PushEvent is safe, and it
    // wakes the frame loop wherever it waits. SDL's own handlers only set a flag that some
    // drivers never look at while the loop sleeps.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    sigset_t set = stop_set();
    if (pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0) return;
    std::thread([set] {
        for (;;) {
            int signal_number = 0;
            if (sigwait(&set, &signal_number) != 0) continue;
            received = true;
            SDL_Event quit{};
            quit.type = SDL_QUIT;
            SDL_PushEvent(&quit);
        }
    }).detach();
}

bool stop_signal_received() { return received; }

}  // namespace tafel
