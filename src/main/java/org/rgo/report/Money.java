package org.rgo.report;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Money for people, in the configured currency (rgo.report.currency, an ISO 4217 code):
 * thousands separators and two decimals as in the US, the currency's symbol in front ($10,754.95,
 * €10,754.95, £10,754.95). A code whose symbol is letters (CHF) is followed by a space. Amounts
 * keep two decimals whatever the currency: SPEC defines every amount to the cent.
 */
public final class Money {

    /** The configured default (application.properties); for tests and callers without configuration. */
    public static final Money USD = of("USD");

    private final Currency currency;
    private final String prefix;

    private Money(Currency currency) {
        this.currency = currency;
        String symbol = currency.getSymbol(Locale.US);
        this.prefix = Character.isLetter(symbol.charAt(symbol.length() - 1)) ? symbol + " " : symbol;
    }

    /** The formatter of an ISO 4217 code; a code Java does not know is a configuration error naming the key. */
    public static Money of(String currencyCode) {
        try {
            return new Money(Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("configuration key rgo.report.currency must be an ISO 4217 currency code"
                    + " such as USD, EUR or GBP, not '" + currencyCode + "'", e);
        }
    }

    public String code() {
        return currency.getCurrencyCode();
    }

    /** What stands before an amount: "$", "€", "CHF ". */
    public String prefix() {
        return prefix;
    }

    /** "$10,754.95"; a negative amount "-$5.00". */
    public String format(double amount) {
        String digits = Formats.money(Math.abs(amount));
        return (Formats.two(amount).signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** A change: "+$5.00", "-$5.00", or "$0.00" when it rounds to nothing. */
    public String signed(double amount) {
        return (Formats.two(amount).signum() > 0 ? "+" : "") + format(amount);
    }

    /** A whole amount for chart axes: "$10,755". */
    public String whole(double amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
        return (amount < 0 ? "-" : "") + prefix + format.format(Math.abs(Math.round(amount)));
    }

    /** A java.text.DecimalFormat pattern of whole amounts with this currency's prefix, quoted. */
    String axisPattern() {
        return "'" + prefix.replace("'", "''") + "'#,##0";
    }
}
