// How a case reads on the terminal: the clock, each event in words, the
// correction trail.
#pragma once

#include <string>

#include "domain/application.h"
#include "law/clock.h"

namespace gongkai::app {

// "状态：办理中\n收到申请之日：…\n答复期限：…\n…期限计算：…\n"
std::string ClockText(const law::ClockResult& c);

// One event in words: "作出答复（部分公开），2024-11-25"; a struck-out
// event reads "作废".
std::string EventText(const domain::ApplicationEvent& e);

}  // namespace gongkai::app
