package org.rgo.generate;

/** How a generated customer's weekly spend develops, with the share of customers of each shape. */
enum Shape {
    STABLE(0.45),
    DECLINING(0.14),
    CHURNING(0.08),
    RECOVERING(0.08),
    VOLATILE(0.13),
    STOCKOUT_HIT(0.12);

    private final double share;

    Shape(double share) {
        this.share = share;
    }

    /** The shape at cumulative share {@code u} in [0, 1). */
    static Shape at(double u) {
        double cumulative = 0.0;
        for (Shape shape : values()) {
            cumulative += shape.share;
            if (u < cumulative) {
                return shape;
            }
        }
        return STABLE;
    }
}
