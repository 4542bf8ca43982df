// Windows: per-monitor DPI awareness (sizes in millimetres stay right at 150 % scaling), touch
// without Windows' own press-and-hold ring, contact feedback and edge swipes, and a clean stop
// when Windows shuts down or logs off.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <propsys.h>
#include <shellapi.h>
#include <SDL_syswm.h>

#include <initializer_list>

#include "platform/system_window.hpp"

namespace tafel {
namespace {

WNDPROC sdl_window_proc = nullptr;

// Windows sends these straight to the window procedure (SDL does not handle them): the app
// stops the way the close button stops it. Every change is already on disk by then.
LRESULT CALLBACK window_proc(HWND hwnd, UINT message, WPARAM wparam, LPARAM lparam) {
    if (message == WM_QUERYENDSESSION || (message == WM_ENDSESSION && wparam)) {
        SDL_Event quit{};
        quit.type = SDL_QUIT;
        SDL_PushEvent(&quit);
        if (message == WM_QUERYENDSESSION) return TRUE;
        return 0;
    }
    return CallWindowProcW(sdl_window_proc, hwnd, message, wparam, lparam);
}

void switch_off_touch_feedback(HWND hwnd) {
    // Press-and-hold would open the right-click ring under a finger that holds a card.
    const DWORD_PTR tablet_flags = 0x00000001 /* TABLET_DISABLE_PRESSANDHOLD */ |
                                   0x00000008 /* TABLET_DISABLE_PENTAPFEEDBACK */ |
                                   0x00000010 /* TABLET_DISABLE_PENBARRELFEEDBACK */ |
                                   0x00010000 /* TABLET_DISABLE_FLICKS */;
    SetPropW(hwnd, L"MicrosoftTabletPenServiceProperty", reinterpret_cast<HANDLE>(tablet_flags));
    // The grey circles and ripples Windows 8+ draws under fingers (the app gives its own feedback).
    using SetFeedback = BOOL(WINAPI*)(HWND, FEEDBACK_TYPE, DWORD, UINT32, const void*);
    if (auto set = reinterpret_cast<SetFeedback>(
            reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"user32.dll"), "SetWindowFeedbackSetting")))) {
        const BOOL off = FALSE;
        for (FEEDBACK_TYPE type : {FEEDBACK_TOUCH_CONTACTVISUALIZATION, FEEDBACK_TOUCH_TAP, FEEDBACK_TOUCH_DOUBLETAP,
                                   FEEDBACK_TOUCH_PRESSANDHOLD, FEEDBACK_TOUCH_RIGHTTAP, FEEDBACK_GESTURE_PRESSANDTAP}) {
            set(hwnd, type, 0, sizeof(off), &off);
        }
    }
    // A swipe from the screen's edge must not open the action centre while the app is full screen.
    IPropertyStore* store = nullptr;
    if (SUCCEEDED(SHGetPropertyStoreForWindow(hwnd, IID_IPropertyStore, reinterpret_cast<void**>(&store)))) {
        static const PROPERTYKEY disable_edge = {{0x32CE38B2, 0x2C9A, 0x41B1, {0x9B, 0xC5, 0xB3, 0x78, 0x43, 0x94, 0xAA, 0x44}},
                                                 2};  // PKEY_EdgeGesture_DisableTouchWhenFullscreen
        PROPVARIANT value{};
        value.vt = VT_BOOL;
        value.boolVal = VARIANT_TRUE;
        store->SetValue(disable_edge, value);
        store->Release();
    }
}

}  // namespace

void prepare_system_for_window() {
    SDL_SetMainReady();  // main() is the app's own (SDL_MAIN_HANDLED): it reads the wide command line
    SDL_SetHint(SDL_HINT_WINDOWS_DPI_AWARENESS, "permonitorv2");
}

void adapt_system_window(SDL_Window* window) {
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!SDL_GetWindowWMInfo(window, &info) || info.subsystem != SDL_SYSWM_WINDOWS) return;
    HWND hwnd = info.info.win.window;
    switch_off_touch_feedback(hwnd);
    sdl_window_proc = reinterpret_cast<WNDPROC>(
        SetWindowLongPtrW(hwnd, GWLP_WNDPROC, reinterpret_cast<LONG_PTR>(&window_proc)));
}

}  // namespace tafel
