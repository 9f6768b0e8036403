/**
 * The annual disclosure statistics of 国办公开办函〔2021〕30号 (年报 第二部分, 主动公开政府信息情况):
 * per year and issuer, rules (规章) and normative documents (行政规范性文件) issued, repealed and in
 * force, with a check of the identity 现行有效(year) = 现行有效(year − 1) + 本年制发 − 本年废止.
 */
package org.opengazette.statistics;
